import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { combineCounts, emptyCounts, fetchCounts, hasAnyCount, type RegionCounts } from './counts.ts';
import { deriveMetrics, type Metrics } from './derive.ts';
import { regionInfo, type RegionInfo } from './regions.ts';
import { childLength, levelOf, type RegionLevel } from '../../shared/region-code.ts';

/**
 * THE per-child primitive (docs/spec/METRICS.md "The quarterly report"): the regions of one level inside a region
 * — its reference children by default — each with its additive counts, plus the 本级 row (`own`): what
 * lies in the region but reaches no reference region of that level (blank AAB301 at the scope, codes
 * shorter than the level, codes whose prefix has no reference name such as 520302000), plus the total.
 * Every count is placed at exactly one code, so rows + own = total in every count; a code without a
 * reference name is never a row. One pass over the level rollups, whatever the number of persons.
 * Every children list (情况表, 排名, 通报, 总览, 应参未参, 扩面人群, 重复参保, 数据质量, CLI, API) reads this.
 */
export interface ChildPart {
	code: string;
	name: string | null;
	level: RegionLevel;
	/** the region has rows in the snapshot (else it is listed with zeros and marked 无数据) */
	hasData: boolean;
	counts: RegionCounts;
}

export interface OwnPart {
	/** something lies at 本级 */
	hasData: boolean;
	counts: RegionCounts;
}

export interface RegionParts {
	asOf: string;
	region: RegionInfo;
	/** code length of the rows (null for a village: no rows, everything is the total) */
	length: number | null;
	children: ChildPart[];
	own: OwnPart;
	total: RegionCounts;
}

/**
 * `asOf` must be a loaded snapshot date (resolveSnapshot). `childrenOnly`: only the rows are wanted (e.g.
 * a previous snapshot's ranks), so the total, the 本级 row and the region's name are not read (own and
 * total are then empty).
 */
export async function regionParts(
	db: Database,
	region: string,
	asOf: string,
	length: number | null = childLength(region),
	childrenOnly = false
): Promise<RegionParts> {
	const [info, totalCounts, reference, byCode, ownPopulation] = await Promise.all([
		childrenOnly ? Promise.resolve({ code: region, name: null, level: levelOf(region) }) : regionInfo(db, region),
		childrenOnly ? Promise.resolve(new Map<string, RegionCounts>()) : fetchCounts(db, region, asOf, region.length),
		length === null ? Promise.resolve([]) : db.query<{ code: string; name: string }>('metrics/reference-children', { region, child_len: length }),
		length === null ? Promise.resolve(new Map<string, RegionCounts>()) : fetchCounts(db, region, asOf, length),
		length === null || childrenOnly
			? Promise.resolve([])
			: db.query<{ huji_population: number | null }>('metrics/population-own', { region, as_of: asOf, child_len: length })
	]);
	const total = totalCounts.get(region) ?? emptyCounts();
	const children: ChildPart[] = reference.map(({ code, name }) => {
		const counts = byCode.get(code);
		return { code, name, level: levelOf(code), hasData: counts !== undefined, counts: counts ?? emptyCounts() };
	});
	let own = total;
	if (!childrenOnly) for (const child of children) if (child.hasData) own = combineCounts(own, child.counts, -1);
	if (own === total) own = combineCounts(total, emptyCounts(), 1);
	own.hujiPopulation = length === null ? null : (ownPopulation[0]?.huji_population ?? null);
	return { asOf, region: info, length, children, own: { hasData: !childrenOnly && length !== null && hasAnyCount(own), counts: own }, total };
}

export interface ChildMetrics extends Omit<ChildPart, 'counts'> {
	metrics: Metrics;
}

export interface RegionChildMetrics {
	asOf: string;
	region: RegionInfo;
	length: number | null;
	children: ChildMetrics[];
	own: { hasData: boolean; metrics: Metrics };
	total: Metrics;
}

/** Every docs/spec/METRICS.md figure of each row, the 本级 row and the total (no progress figures: those need other snapshots). */
export function partsMetrics(parts: RegionParts, plan: Plan): RegionChildMetrics {
	return {
		asOf: parts.asOf,
		region: parts.region,
		length: parts.length,
		children: parts.children.map(({ counts, ...child }) => ({ ...child, metrics: deriveMetrics(counts, plan) })),
		own: { hasData: parts.own.hasData, metrics: deriveMetrics(parts.own.counts, plan) },
		total: deriveMetrics(parts.total, plan)
	};
}

export async function regionChildMetrics(
	db: Database,
	region: string,
	asOf: string,
	plan: Plan,
	length: number | null = childLength(region),
	childrenOnly = false
): Promise<RegionChildMetrics> {
	return partsMetrics(await regionParts(db, region, asOf, length, childrenOnly), plan);
}

export { ownLabel, OWN_EXPLANATION } from '../../shared/own-row.ts';
