import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { INSURANCES } from '../../shared/insurances.ts';
import { emptyCounts, fetchCounts, type RegionCounts } from './counts.ts';
import { coverageOf, deriveMetrics, type Metrics, type Progress } from './derive.ts';
import { projectTargetDate } from './projection.ts';
import { assertRegionCode, regionInfo, type RegionInfo } from './regions.ts';
import { resolveSnapshot, type SnapshotInfo } from './snapshots.ts';

export interface MetricsResult {
	snapshot: string;
	region: RegionInfo;
	metrics: Metrics;
}

/** docs/spec/INTERFACE.md `canbao metrics --json`: every docs/spec/METRICS.md figure for one region and snapshot. */
export async function computeMetrics(db: Database, regionCode: string, asOf: string | undefined, plan: Plan): Promise<MetricsResult> {
	const code = assertRegionCode(regionCode);
	const { current, all } = await resolveSnapshot(db, asOf);
	const [region, counts, progress] = await Promise.all([
		regionInfo(db, code),
		fetchCounts(db, code, current.as_of, code.length),
		progressOf(db, code, current, all, plan)
	]);
	return { snapshot: current.as_of, region, metrics: deriveMetrics(counts.get(code) ?? emptyCounts(), plan, progress) };
}

export type CoverageTrend = { asOf: string; coverage: Record<string, number | null> }[];

/**
 * The one coverage trend (issue 13): coverage per insurance of every region of code length `length` inside
 * `region`, in every snapshot up to `current` (null where a region has no eligible persons). Regions with no
 * rows at all are absent. `insurance` ('1'…'5') reads one scheme only (the others are then absent from
 * `coverage`); '' reads all.
 */
export async function coverageTrends(
	db: Database,
	region: string,
	length: number,
	current: SnapshotInfo,
	all: SnapshotInfo[],
	insurance = ''
): Promise<Map<string, CoverageTrend>> {
	const rows = await db.query<{ as_of: string; code: string; insurance: string; status: string; n: number }>('metrics/coverage-trend', {
		region,
		len: length,
		as_of: current.as_of,
		insurance
	});
	const counts = new Map<string, Map<string, RegionCounts>>();
	for (const r of rows) {
		let byDate = counts.get(r.code);
		if (!byDate) counts.set(r.code, (byDate = new Map()));
		let c = byDate.get(r.as_of);
		if (!c) byDate.set(r.as_of, (c = emptyCounts()));
		(c.status[r.insurance] ??= {})[r.status] = r.n;
	}
	const dates = all.filter((s) => s.as_of <= current.as_of).map((s) => s.as_of);
	const schemes = INSURANCES.filter((i) => insurance === '' || i.digit === insurance);
	const trendOf = (byDate: Map<string, RegionCounts> | undefined): CoverageTrend =>
		dates.map((d) => {
			const c = byDate?.get(d) ?? emptyCounts();
			return { asOf: d, coverage: Object.fromEntries(schemes.map((i) => [i.key, coverageOf(c, i).coverage])) };
		});
	return new Map([...counts].map(([code, byDate]) => [code, trendOf(byDate)]));
}

/** Coverage per insurance of one region in every snapshot up to `current`: the primitive at the region's own level. */
export async function coverageTrend(db: Database, code: string, current: SnapshotInfo, all: SnapshotInfo[]): Promise<CoverageTrend> {
	const trends = await coverageTrends(db, code, code.length, current, all);
	return trends.get(code) ?? all.filter((s) => s.as_of <= current.as_of).map((s) => ({
		asOf: s.as_of,
		coverage: Object.fromEntries(INSURANCES.map((i) => [i.key, coverageOf(emptyCounts(), i).coverage]))
	}));
}

/** docs/spec/METRICS.md delta (in percentage points) and projection, from snapshots at or before `current`. */
async function progressOf(db: Database, code: string, current: SnapshotInfo, all: SnapshotInfo[], plan: Plan): Promise<Progress> {
	const trend = await coverageTrend(db, code, current, all);
	const now = trend[trend.length - 1];
	const before = trend.length > 1 ? trend[trend.length - 2] : null;
	const progress: Progress = { coverageDelta: {}, projection: {} };
	for (const { key } of INSURANCES) {
		const a = before?.coverage[key] ?? null;
		const b = now.coverage[key];
		progress.coverageDelta[key] = a === null || b === null ? null : (b - a) * 100;
		progress.projection[key] = projectTargetDate(
			trend.map((t) => ({ asOf: t.asOf, coverage: t.coverage[key] })),
			plan.targets[key]
		);
	}
	return progress;
}
