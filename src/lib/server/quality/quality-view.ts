import type { Database } from '../db/database.ts';
import { regionWithChildren } from '../metrics/regions.ts';
import { DATA_QUALITY_RULES } from '../../shared/insurances.ts';
import { isRule, type RuleKey } from './offending.ts';

/** METRICS.md "Data quality" by child region and over snapshots, from agg_person (no persons rows). */
export type RuleCounts = Record<RuleKey, number>;

export async function qualityChildren(db: Database, region: string, asOf: string) {
	const { children, childLength } = await regionWithChildren(db, region, asOf);
	if (childLength === null) return [];
	// one query over agg_person (the engine's region-counts.sql)
	const rows = await db.query<Record<string, number> & { child: string }>('metrics/region-counts', { region, as_of: asOf, child_len: childLength });
	const byChild = new Map(rows.map((r) => [r.child, r]));
	return children.map((c) => {
		const row = byChild.get(c.code);
		return {
			code: c.code,
			name: c.name,
			persons: row?.persons ?? 0,
			quality: Object.fromEntries(DATA_QUALITY_RULES.map((r) => [r.key, row?.[r.key] ?? 0])) as RuleCounts
		};
	});
}

export async function qualityTrend(db: Database, region: string, asOf: string) {
	const rows = await db.query<Record<string, number | string>>('quality/trend', { region, as_of: asOf });
	return rows.map((r) => ({
		asOf: r.as_of as string,
		persons: Number(r.persons),
		quality: Object.fromEntries(DATA_QUALITY_RULES.map((rule) => [rule.key, Number(r[rule.key] ?? 0)])) as RuleCounts
	}));
}

export function readRule(value: string | null): RuleKey {
	return isRule(value) ? value : 'id_invalid';
}
