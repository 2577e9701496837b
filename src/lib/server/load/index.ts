import { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema.ts';
import { beginWorkingCopy } from './database-file.ts';
import { loadSnapshot, type LoadSummary } from './load-snapshot.ts';
import { findSnapshotFolders, inspectSnapshotFolder } from './snapshot-folder.ts';

import { basename } from 'node:path';
import { LoadRefusal } from './refusal.ts';

export { LoadRefusal } from './refusal.ts';
export type { LoadSummary } from './load-snapshot.ts';

export interface LoadOptions {
	memoryLimit?: string;
	threads?: number;
	onLoaded?: (summary: LoadSummary) => void;
	/** load even where a snapshot would replace a loaded quarter with fewer than half its persons (shrink-guard.ts) */
	confirmShrink?: boolean;
}

/**
 * Loads every snapshot folder found at `paths` (a snapshot folder, or a folder of them) into the
 * database file `dbPath`, all or nothing: if any folder is refused, the database is left as it was.
 */
export async function loadSnapshots(dbPath: string, paths: string[], options: LoadOptions = {}): Promise<LoadSummary[]> {
	const folders = paths.flatMap(findSnapshotFolders).map(inspectSnapshotFolder);
	folders.sort((a, b) => a.asOf.localeCompare(b.asOf));
	for (let i = 1; i < folders.length; i++) {
		if (folders[i].asOf === folders[i - 1].asOf) {
			throw new LoadRefusal(
				`两个快照文件夹的快照日期相同（${folders[i].asOf}）：${basename(folders[i - 1].dir)} 和 ${basename(folders[i].dir)}；一次导入中每个日期只能有一个快照`,
				folders[i].dir,
				'as_of'
			);
		}
	}
	const copy = beginWorkingCopy(dbPath);
	let db: Database | null = null;
	try {
		db = await Database.open(copy.path, {
			readOnly: false,
			memoryLimit: options.memoryLimit ?? '4GB',
			threads: options.threads
		});
		await ensureSchema(db);
		const summaries: LoadSummary[] = [];
		for (const folder of folders) {
			const summary = await loadSnapshot(db, folder, { confirmShrink: options.confirmShrink });
			summaries.push(summary);
			options.onLoaded?.(summary);
		}
		await db.run('CHECKPOINT');
		db.close();
		db = null;
		copy.commit();
		return summaries;
	} catch (error) {
		db?.close();
		copy.discard();
		throw error;
	}
}
