import type { Database } from '../../db/database.ts';
import type { Plan } from '../../plan/plan.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { ownLabel, regionChildMetrics } from '../../metrics/children.ts';
import { coverageOf, type Metrics } from '../../metrics/derive.ts';
import { resolveSnapshot, type SnapshotInfo } from '../../metrics/snapshots.ts';
import { emptyCounts } from '../../metrics/counts.ts';
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
	/** figures in the previous snapshot; null without a previous snapshot or without data then */
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

export async function regionRows(db: Database, region: string, length: number, asOf: string | undefined, plan: Plan): Promise<RegionRows> {
	const { current, previous } = await resolveSnapshot(db, asOf);
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

/** Coverage of one insurance per region of the level, in every snapshot up to the chosen one. */
export async function coverageTrendByRegion(
	db: Database,
	region: string,
	length: number,
	asOf: string | undefined,
	insurance: InsuranceKey
): Promise<Map<string, TrendPoint[]>> {
	const { current, all } = await resolveSnapshot(db, asOf);
	const spec = INSURANCES.find((i) => i.key === insurance)!;
	const rows = await db.query<{ as_of: string; child: string; status: string; n: number }>('dashboard/coverage-trend-by-child', {
		region,
		len: length,
		as_of: current.as_of,
		insurance: spec.digit
	});
	const counts = new Map<string, Map<string, RegionCounts>>();
	for (const r of rows) {
		let byDate = counts.get(r.child);
		if (!byDate) counts.set(r.child, (byDate = new Map()));
		let c = byDate.get(r.as_of);
		if (!c) byDate.set(r.as_of, (c = emptyCounts()));
		(c.status[spec.digit] ??= {})[r.status] = r.n;
	}
	const dates = all.filter((s) => s.as_of <= current.as_of).map((s) => s.as_of);
	return new Map(
		[...counts].map(([child, byDate]) => [
			child,
			dates.map((d) => ({ asOf: d, coverage: coverageOf(byDate.get(d) ?? emptyCounts(), spec).coverage }))
		])
	);
}
