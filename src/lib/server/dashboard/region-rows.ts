import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { fetchCounts, type RegionCounts } from '../metrics/counts.ts';
import { coverageOf, deriveMetrics, type Metrics } from '../metrics/derive.ts';
import { resolveSnapshot, type SnapshotInfo } from '../metrics/snapshots.ts';
import { emptyCounts } from '../metrics/counts.ts';
import { INSURANCES, type InsuranceKey } from '../../shared/insurances.ts';
import { levelOf, type RegionLevel } from '../../shared/region-code.ts';

/**
 * The regions of one level inside a region (its children, or any level further down), each with
 * every METRICS.md figure now and in the previous snapshot: what maps, bars and league tables
 * draw. One pass of fetchCounts per snapshot over the aggregates, never a query per region.
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
}

export interface RegionRows {
	snapshot: SnapshotInfo;
	previousSnapshot: SnapshotInfo | null;
	rows: RegionRow[];
}

export async function regionRows(db: Database, region: string, length: number, asOf: string | undefined, plan: Plan): Promise<RegionRows> {
	const { current, previous } = await resolveSnapshot(db, asOf);
	const [named, now, before] = await Promise.all([
		db.query<{ code: string; name: string | null }>('dashboard/region-rows', { region, len: length, as_of: current.as_of }),
		fetchCounts(db, region, current.as_of, length),
		previous ? fetchCounts(db, region, previous.as_of, length) : Promise.resolve(new Map<string, RegionCounts>())
	]);
	const rows = named.map(({ code, name }) => {
		const counts = now.get(code);
		const then = before.get(code);
		return {
			code,
			name,
			level: levelOf(code),
			hasData: counts !== undefined,
			metrics: deriveMetrics(counts ?? emptyCounts(), plan),
			previous: then ? deriveMetrics(then, plan) : null
		};
	});
	return { snapshot: current, previousSnapshot: previous, rows };
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
