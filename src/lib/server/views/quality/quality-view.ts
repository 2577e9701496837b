import type { Database } from '../../db/database.ts';
import { ownLabel, regionParts } from '../../metrics/children.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { DATA_QUALITY_RULES, PAGE_ONLY_QUALITY_RULES, type PageOnlyQualityKey } from '../../../shared/insurances.ts';
import { childLength } from '../../../shared/region-code.ts';
import { isRule, type RuleKey } from './offending.ts';

/**
 * docs/spec/METRICS.md "Data quality" by child region and over snapshots, from agg_person (no persons rows),
 * and the page's own rules (PAGE_ONLY_QUALITY_RULES: not in the metrics JSON) beside them.
 */
export type RuleCounts = Record<RuleKey, number>;
type PageOnlyCounts = Record<PageOnlyQualityKey, number>;

/** The page-only rules' counts of the region (`total`) and of each code at its children's level. */
export async function pageOnlyCounts(db: Database, region: string, asOf: string): Promise<{ total: PageOnlyCounts; byCode: Map<string, PageOnlyCounts> }> {
	const rows = await db.query<Record<string, unknown> & { code: string; is_total: boolean }>('quality/page-only-counts', {
		region,
		as_of: asOf,
		child_len: childLength(region)
	});
	const of = (r: Record<string, unknown> | undefined) =>
		Object.fromEntries(PAGE_ONLY_QUALITY_RULES.map((rule) => [rule.key, Number(r?.[rule.key] ?? 0)])) as PageOnlyCounts;
	return { total: of(rows.find((r) => r.is_total)), byCode: new Map(rows.filter((r) => !r.is_total).map((r) => [r.code, of(r)])) };
}

/**
 * The reference children's persons rows and rule counts, the 本级 row (null when nothing lies there) and
 * the region's page-only rule totals. The 本级 row's page-only counts are the total less the children's,
 * as regionParts makes its counts (rows + 本级 = total).
 */
export async function qualityChildren(db: Database, region: string, asOf: string) {
	const [parts, extra] = await Promise.all([regionParts(db, region, asOf), pageOnlyCounts(db, region, asOf)]);
	if (parts.length === null) return { rows: [], own: null, pageOnly: extra.total };
	const row = (code: string, name: string | null, c: RegionCounts, page: PageOnlyCounts) => ({
		code,
		name,
		persons: c.persons,
		quality: { ...Object.fromEntries(DATA_QUALITY_RULES.map((r) => [r.key, c.quality[r.key] ?? 0])), ...page } as RuleCounts
	});
	const zero = Object.fromEntries(PAGE_ONLY_QUALITY_RULES.map((r) => [r.key, 0])) as PageOnlyCounts;
	const ownPage = { ...extra.total };
	const rows = parts.children.map((c) => {
		const page = extra.byCode.get(c.code) ?? zero;
		for (const rule of PAGE_ONLY_QUALITY_RULES) ownPage[rule.key] -= page[rule.key];
		return row(c.code, c.name, c.counts, page);
	});
	const ownHasData = parts.own.hasData || PAGE_ONLY_QUALITY_RULES.some((r) => ownPage[r.key] !== 0);
	return {
		rows,
		own: ownHasData ? row(region, ownLabel(parts.region), parts.own.counts, ownPage) : null,
		pageOnly: extra.total
	};
}

export async function qualityTrend(db: Database, region: string, asOf: string) {
	const rows = await db.query<Record<string, number | string>>('quality/trend', { region, as_of: asOf });
	return rows.map((r) => ({
		asOf: r.as_of as string,
		persons: Number(r.persons),
		quality: Object.fromEntries([...DATA_QUALITY_RULES, ...PAGE_ONLY_QUALITY_RULES].map((rule) => [rule.key, Number(r[rule.key] ?? 0)])) as RuleCounts
	}));
}

export function readRule(value: string | null): RuleKey {
	return isRule(value) ? value : 'id_invalid';
}
