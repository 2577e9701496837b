import type { Database } from '../../db/database.ts';
import type { Plan } from '../../plan/plan.ts';
import { ownLabel, regionChildMetrics } from '../../metrics/children.ts';
import type { Metrics } from '../../metrics/derive.ts';
import { coverageTrends } from '../../metrics/metrics.ts';
import { resolveSnapshot, type SnapshotInfo } from '../../metrics/snapshots.ts';
import { INSURANCES, type InsuranceKey } from '../../../shared/insurances.ts';
import { levelOf, type RegionLevel } from '../../../shared/region-code.ts';

/**
 * The regions of one level inside a region (its children, or any level further down), each with
 * every docs/spec/METRICS.md figure now and in the previous snapshot: what maps, bars and league tables
 * draw — plus the 本级 row (docs/spec/METRICS.md): what lies in the region but reaches no reference region of
 * that level. From the engine's per-child primitive (metrics/children.ts), one pass per snapshot.
 */
export interface RegionRow {
	code: string;
	name: string | null;
	level: RegionLevel;
	/** the region has rows in the chosen snapshot (else every figure is shown as —) */
	hasData: boolean;
	metrics: Metrics;
	/** figures in the compared snapshot (default the previous one); null without one or without data then */
	previous: Metrics | null;
	/** the 本级 row: never ranked, never on the map, code = the parent region's */
	own?: boolean;
}

export interface RegionRows {
	snapshot: SnapshotInfo;
	previousSnapshot: SnapshotInfo | null;
	rows: RegionRow[];
	/** the 本级 row (hasData false when nothing lies there) */
	own: RegionRow;
}

/** `vs`: the snapshot `previous` holds (src/lib/shared/comparison.ts, resolved by the caller); undefined = the previous one, null = none. */
export async function regionRows(db: Database, region: string, length: number, asOf: string | undefined, plan: Plan, vs?: string | null): Promise<RegionRows> {
	const { current, previous: last, all } = await resolveSnapshot(db, asOf);
	const previous = vs === undefined ? last : vs === null ? null : (all.find((s) => s.as_of === vs && s.as_of < current.as_of) ?? null);
	const [now, before] = await Promise.all([
		regionChildMetrics(db, region, current.as_of, plan, length),
		previous ? regionChildMetrics(db, region, previous.as_of, plan, length) : Promise.resolve(null)
	]);
	const then = new Map((before?.children ?? []).map((c) => [c.code, c]));
	const rows = now.children.map(({ code, name, level, hasData, metrics }) => {
		const old = then.get(code);
		return { code, name, level, hasData, metrics, previous: old?.hasData ? old.metrics : null };
	});
	const own: RegionRow = {
		code: region,
		name: ownLabel(now.region),
		level: levelOf(region),
		hasData: now.own.hasData,
		metrics: now.own.metrics,
		previous: before?.own.hasData ? before.own.metrics : null,
		own: true
	};
	return { snapshot: current, previousSnapshot: previous, rows, own };
}

export interface TrendPoint {
	asOf: string;
	coverage: number | null;
}

/** Coverage of one insurance per region of the level, in every snapshot up to the chosen one: the engine's trend (metrics coverageTrends) for one scheme. */
export async function coverageTrendByRegion(
	db: Database,
	region: string,
	length: number,
	asOf: string | undefined,
	insurance: InsuranceKey
): Promise<Map<string, TrendPoint[]>> {
	const { current, all } = await resolveSnapshot(db, asOf);
	const spec = INSURANCES.find((i) => i.key === insurance)!;
	const trends = await coverageTrends(db, region, length, current, all, spec.digit);
	return new Map([...trends].map(([code, trend]) => [code, trend.map((t) => ({ asOf: t.asOf, coverage: t.coverage[insurance] }))]));
}
