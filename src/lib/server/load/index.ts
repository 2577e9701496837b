import { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema.ts';
import { beginWorkingCopy } from './database-file.ts';
import { loadSnapshot, type LoadSummary } from './load-snapshot.ts';
import { findSnapshotFolders, inspectSnapshotFolder } from './snapshot-folder.ts';

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
