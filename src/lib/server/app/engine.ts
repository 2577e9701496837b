import { error } from '@sveltejs/kit';
import { currentDatabase, NoDatabaseError } from './database-handle.ts';
import { cached } from './query-cache.ts';
import { computeMetrics } from '../metrics/metrics.ts';
import { buildReport } from '../metrics/report.ts';
import { buildRank } from '../metrics/rank.ts';
import { listSnapshots, type SnapshotInfo } from '../metrics/snapshots.ts';
import type { Plan } from '../plan/plan.ts';
import { activePlan, planVersion } from '../plan/active-plan.ts';
import type { Database } from '../db/database.ts';

/**
 * What server load functions and API endpoints call: the engine's queries over the current
 * database, cached by query + snapshot. Region scope is checked by the caller (auth/access.ts)
 * before any of these run; the region itself is a bound parameter in every query.
 */
export function currentPlan(): Plan {
	return activePlan();
}

/** The message of every page and endpoint while no snapshot is loaded (503, never a 500). */
export const NO_SNAPSHOT_MESSAGE = '尚未导入任何快照：请管理员在“快照管理”中导入，或运行 npm start 生成演示数据';

/** The current database and its snapshots, or null while there is no database file (the layout and 快照管理 still answer then). */
export async function loadedSnapshots(): Promise<{ db: Database; snapshots: SnapshotInfo[] } | null> {
	try {
		const db = await currentDatabase();
		return { db, snapshots: await listSnapshots(db) };
	} catch (e) {
		if (e instanceof NoDatabaseError) return null;
		throw e;
	}
}

/** The current database and its snapshots; 503 on every page and endpoint while none is loaded. */
export async function snapshotsNow(): Promise<{ db: Database; snapshots: SnapshotInfo[] }> {
	const loaded = await loadedSnapshots();
	if (!loaded || loaded.snapshots.length === 0) error(503, NO_SNAPSHOT_MESSAGE);
	return loaded;
}

/** Stamp of the snapshots a view as of `asOf` may read: every snapshot at or before it. */
export function stampUpTo(snapshots: SnapshotInfo[], asOf: string | undefined): string {
	const until = asOf ?? snapshots[snapshots.length - 1]?.as_of ?? '';
	return snapshots
		.filter((s) => s.as_of <= until)
		.map((s) => `${s.as_of}@${s.loaded_at}`)
		.join(',') + `#plan${planVersion()}`;
}

export async function metricsOf(region: string, asOf?: string) {
	const { db, snapshots } = await snapshotsNow();
	return cached('metrics', { region, asOf }, stampUpTo(snapshots, asOf), () => computeMetrics(db, region, asOf, currentPlan()));
}

export async function reportOf(region: string, asOf?: string) {
	const { db, snapshots } = await snapshotsNow();
	return cached('report', { region, asOf }, stampUpTo(snapshots, asOf), () => buildReport(db, region, asOf, currentPlan()));
}

/** `vs` (absent = the previous snapshot, as the spec says; `yoy`; an earlier date): the extension of docs/decisions.md. */
export async function rankOf(region: string, metric: string, asOf?: string, vs?: string) {
	const { db, snapshots } = await snapshotsNow();
	return cached('rank', { region, metric, asOf, vs }, stampUpTo(snapshots, asOf), () =>
		buildRank(db, region, metric, asOf, currentPlan(), vs)
	);
}

/** Any engine function over the current database, cached the same way. */
export async function cachedQuery<T>(name: string, params: Record<string, unknown>, asOf: string | undefined, run: (db: Database) => Promise<T>): Promise<T> {
	const loaded = await loadedSnapshots();
	if (!loaded) error(503, NO_SNAPSHOT_MESSAGE);
	const { db, snapshots } = loaded;
	return cached(name, params, stampUpTo(snapshots, asOf), () => run(db));
}
