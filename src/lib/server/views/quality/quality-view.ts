import type { Database } from '../../db/database.ts';
import { ownLabel, regionParts } from '../../metrics/children.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { DATA_QUALITY_RULES } from '../../../shared/insurances.ts';
import { isRule, type RuleKey } from './offending.ts';

/** docs/spec/METRICS.md "Data quality" by child region and over snapshots, from agg_person (no persons rows). */
export type RuleCounts = Record<RuleKey, number>;

/** The reference children's persons rows and rule counts, and the 本级 row (null when nothing lies there). */
export async function qualityChildren(db: Database, region: string, asOf: string) {
	const parts = await regionParts(db, region, asOf);
	if (parts.length === null) return { rows: [], own: null };
	const row = (code: string, name: string | null, c: RegionCounts) => ({
		code,
		name,
		persons: c.persons,
		quality: Object.fromEntries(DATA_QUALITY_RULES.map((r) => [r.key, c.quality[r.key] ?? 0])) as RuleCounts
	});
	return {
		rows: parts.children.map((c) => row(c.code, c.name, c.counts)),
		own: parts.own.hasData ? row(region, ownLabel(parts.region), parts.own.counts) : null
	};
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
