import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { InputError } from '../errors.ts';
import { regionChildMetrics } from './children.ts';
import type { Metrics } from './derive.ts';
import { assertRegionCode, type RegionInfo } from './regions.ts';
import { comparedSnapshot, resolveSnapshot } from './snapshots.ts';
import type { StatusColour } from './exact.ts';
import { competitionRanks } from './ranking.ts';
import { higherIsBetter, rankableMetrics } from '../../shared/metric-catalogue.ts';

export { rankableMetrics };

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
	/** the 本级 row's value and status: shown beside the ranking, never ranked (docs/spec/METRICS.md) */
	own: { value: number | null; status: StatusColour | null };
	/** only with `vs`: the snapshot previous_rank and movement compare with (null: none) */
	vs?: string | null;
}

/** A metric's value in a metrics object: a finite number, else null. */
export function metricValue(metrics: Metrics | undefined, metric: string): number | null {
	const value = metrics?.[metric];
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The colour band of a coverage metric ("pension.coverage" → pension.status), else null. */
export function metricStatus(metrics: Metrics | undefined, metric: string): StatusColour | null {
	const coverageOf = /^(\w+)\.coverage$/.exec(metric)?.[1];
	return coverageOf ? ((metrics?.[`${coverageOf}.status`] as StatusColour | null | undefined) ?? null) : null;
}

/**
 * docs/spec/INTERFACE.md `canbao rank --json`: the reference children of a region (the same rows as the report)
 * ranked by one metric, with competition ranks, the previous snapshot's rank and the movement; the 本级
 * row's value beside them, unranked. `vs` (an extension, docs/decisions.md): the snapshot `previous_rank` and
 * movement compare with — absent = the previous snapshot, as the spec says; `yoy` = 同比; or an earlier date.
 */
export async function buildRank(db: Database, regionCode: string, metric: string, asOf: string | undefined, plan: Plan, vs?: string | null): Promise<RankResult> {
	const code = assertRegionCode(regionCode);
	if (!rankableMetrics().includes(metric)) {
		throw new InputError(`无法按“${metric}”排名；可用的指标有：${rankableMetrics().join('、')}`);
	}
	const { current, all } = await resolveSnapshot(db, asOf);
	const previous = comparedSnapshot(all, current.as_of, vs);
	const [now, before] = await Promise.all([
		regionChildMetrics(db, code, current.as_of, plan),
		previous ? regionChildMetrics(db, code, previous, plan, undefined, true) : Promise.resolve(null)
	]);
	const valueNow = now.children.map((c) => (c.hasData ? metricValue(c.metrics, metric) : null));
	const higher = higherIsBetter(metric);
	const ranks = competitionRanks(valueNow, higher);
	const beforeBy = new Map((before?.children ?? []).map((c) => [c.code, c]));
	const previousRanks = before
		? competitionRanks(
				now.children.map((c) => {
					const then = beforeBy.get(c.code);
					return then?.hasData ? metricValue(then.metrics, metric) : null;
				}),
				higher
			)
		: now.children.map(() => null);
	const rows: RankRow[] = now.children.map((child, i) => ({
		code: child.code,
		name: child.name,
		value: valueNow[i],
		rank: ranks[i],
		previous_rank: previousRanks[i],
		movement: ranks[i] !== null && previousRanks[i] !== null ? (previousRanks[i] as number) - (ranks[i] as number) : null,
		status: child.hasData ? metricStatus(child.metrics, metric) : null
	}));
	rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
	const own = now.own.hasData
		? { value: metricValue(now.own.metrics, metric), status: metricStatus(now.own.metrics, metric) }
		: { value: null, status: null };
	// the extension says what it compared with; the spec's answer (no vs) is unchanged
	return { snapshot: current.as_of, region: now.region, metric, rows, own, ...(vs ? { vs: previous } : {}) };
}
