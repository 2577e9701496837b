import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { INSURANCES } from '../../shared/insurances.ts';
import { emptyCounts, fetchCounts } from './counts.ts';
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

/** Coverage per insurance in every snapshot up to `current` (null where the region has no eligible persons). */
export async function coverageTrend(
	db: Database,
	code: string,
	current: SnapshotInfo,
	all: SnapshotInfo[]
): Promise<{ asOf: string; coverage: Record<string, number | null> }[]> {
	const rows = await db.query<{ as_of: string; insurance: string; status: string; n: number }>('metrics/coverage-trend', {
		region: code,
		as_of: current.as_of
	});
	return all
		.filter((s) => s.as_of <= current.as_of)
		.map((s) => {
			const counts = emptyCounts();
			for (const r of rows) if (r.as_of === s.as_of) (counts.status[r.insurance] ??= {})[r.status] = r.n;
			return {
				asOf: s.as_of,
				coverage: Object.fromEntries(INSURANCES.map((i) => [i.key, coverageOf(counts, i).coverage]))
			};
		});
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
