import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { InputError } from '../errors.ts';
import { INSURANCES } from '../../shared/insurances.ts';
import { fetchCounts, type RegionCounts } from './counts.ts';
import { deriveMetrics, type Metrics } from './derive.ts';
import { assertRegionCode, regionWithChildren, type RegionInfo } from './regions.ts';
import { resolveSnapshot } from './snapshots.ts';
import type { StatusColour } from './exact.ts';
import { competitionRanks, higherIsBetter } from './ranking.ts';
import { childLength } from '../../shared/region-code.ts';

export interface RankRow {
	code: string;
	name: string | null;
	value: number | null;
	rank: number | null;
	previous_rank: number | null;
	movement: number | null;
	status: StatusColour | null;
}

export interface RankResult {
	snapshot: string;
	region: RegionInfo;
	metric: string;
	rows: RankRow[];
}

/** Metric keys a ranking may use: every numeric figure of METRICS.md. */
export function rankableMetrics(): string[] {
	const sample = deriveMetrics(
		{ persons: 0, registration: {} as never, quality: {} as never, status: {}, groups: {}, duplicates: {}, hujiPopulation: null },
		{ targets: Object.fromEntries(INSURANCES.map((i) => [i.key, 0.9])), amberBandPoints: 5 } as Plan
	);
	return Object.keys(sample).filter((k) => !/(duplicate_pairs|duplicate_span|groups|projection|status)$/.test(k));
}

/**
 * INTERFACE.md `canbao rank --json`: the children of a region (the same rows as the report) ranked
 * by one metric, with competition ranks, the previous snapshot's rank and the movement.
 */
export async function buildRank(
	db: Database,
	regionCode: string,
	metric: string,
	asOf: string | undefined,
	plan: Plan
): Promise<RankResult> {
	const code = assertRegionCode(regionCode);
	if (!rankableMetrics().includes(metric)) {
		throw new InputError(`无法按“${metric}”排名；可用的指标有：${rankableMetrics().join('、')}`);
	}
	const { current, previous } = await resolveSnapshot(db, asOf);
	// the child length follows from the code: the counts need not wait for the list of children
	const length = childLength(code);
	const [{ region, children }, now, before] = await Promise.all([
		regionWithChildren(db, code, current.as_of),
		childMetrics(db, code, current.as_of, length, plan),
		previous ? childMetrics(db, code, previous.as_of, length, plan) : Promise.resolve(new Map<string, Metrics>())
	]);
	const codes = children.map((c) => c.code);
	const valueOf = (metrics: Map<string, Metrics>, c: string) => numeric(metrics.get(c)?.[metric]);
	const higher = higherIsBetter(metric);
	const ranks = competitionRanks(codes.map((c) => valueOf(now, c)), higher);
	const previousRanks = previous ? competitionRanks(codes.map((c) => valueOf(before, c)), higher) : codes.map(() => null);
	const coverageOf = /^(\w+)\.coverage$/.exec(metric)?.[1];
	const rows: RankRow[] = children.map((child, i) => ({
		code: child.code,
		name: child.name,
		value: valueOf(now, child.code),
		rank: ranks[i],
		previous_rank: previousRanks[i],
		movement: ranks[i] !== null && previousRanks[i] !== null ? (previousRanks[i] as number) - (ranks[i] as number) : null,
		status: coverageOf ? ((now.get(child.code)?.[`${coverageOf}.status`] as StatusColour | null) ?? null) : null
	}));
	rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
	return { snapshot: current.as_of, region, metric, rows };
}

/** Metrics of every child that has rows in the snapshot (children without any have no value). */
async function childMetrics(
	db: Database,
	code: string,
	asOf: string,
	childLength: number | null,
	plan: Plan
): Promise<Map<string, Metrics>> {
	if (childLength === null) return new Map();
	const counts: Map<string, RegionCounts> = await fetchCounts(db, code, asOf, childLength);
	return new Map([...counts].map(([child, c]) => [child, deriveMetrics(c, plan)]));
}

function numeric(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
