import type { Database } from '../db/database.ts';
import { InputError } from '../errors.ts';
import type { SnapshotInfo } from '../../shared/view-rows.ts';
import { resolveComparison } from '../../shared/comparison.ts';
export type { SnapshotInfo };


export async function listSnapshots(db: Database): Promise<SnapshotInfo[]> {
	return db.query<SnapshotInfo & Record<string, unknown>>('metrics/snapshots');
}

/** The chosen snapshot (default: the latest) and the one before it, if any. */
export async function resolveSnapshot(
	db: Database,
	asOf: string | undefined
): Promise<{ current: SnapshotInfo; previous: SnapshotInfo | null; all: SnapshotInfo[] }> {
	const all = await listSnapshots(db);
	if (all.length === 0) throw new InputError('数据库中还没有导入任何快照，请先运行 canbao load <快照文件夹>');
	if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
		throw new InputError(`快照日期“${asOf}”格式不正确，应为 YYYY-MM-DD`);
	}
	const index = asOf === undefined ? all.length - 1 : all.findIndex((s) => s.as_of === asOf);
	if (index < 0) {
		throw new InputError(`没有 ${asOf} 的快照；已导入：${all.map((s) => s.as_of).join('、')}`);
	}
	return { current: all[index], previous: index > 0 ? all[index - 1] : null, all };
}

/**
 * The snapshot a comparison (`vs`: absent = the previous one, `yoy` = 同比, or a date; src/lib/shared/comparison.ts)
 * reads for the chosen snapshot `asOf`, or null when there is none; a choice that cannot be followed is an
 * InputError (the CLI/API extension `--vs` / `vs=`; pages fall back to the previous snapshot and say why).
 */
export function comparedSnapshot(all: SnapshotInfo[], asOf: string, vs: string | null | undefined): string | null {
	const comparison = resolveComparison(all.map((s) => s.as_of), asOf, vs);
	if (comparison.problem) throw new InputError(comparison.problem.replace(/；改为与上期比较$/, ''));
	return comparison.vs;
}
