import type { Database } from '../../db/database.ts';
import { coverageTrend } from '../../metrics/metrics.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';

/** 总览's trend line: the region's coverage per insurance in every snapshot up to the chosen one (docs/spec/METRICS.md trend). */
export async function overviewTrend(db: Database, region: string, asOf: string) {
	const { current, all } = await resolveSnapshot(db, asOf);
	return coverageTrend(db, region, current, all);
}
