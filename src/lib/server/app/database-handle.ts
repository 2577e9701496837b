import { existsSync, statSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { Database } from '../db/database.ts';
import { assertCurrentSchema, OutdatedDatabaseError } from '../db/schema.ts';
import { defaultDatabasePath } from '../project-root.ts';

/**
 * The web server's read-only view of the database file. A load (CLI or upload) writes a copy and
 * renames it over the file; the next request notices the new file (inode or mtime changed), opens
 * it, and the old one is closed once in-flight queries had time to finish. Pages therefore see a
 * new snapshot only when it is complete, and keep answering during a load. A file of an older schema
 * answers 503 with what to do (load it again) on every page and endpoint, instead of a missing-table
 * SQL error from the first query that needs a new table.
 */
let current: { db: Database; ino: number; mtimeMs: number } | null = null;
let opening: Promise<Database> | null = null;
const RETIRE_AFTER_MS = 30_000;

export class NoDatabaseError extends Error {}

export async function currentDatabase(path = defaultDatabasePath()): Promise<Database> {
	if (!existsSync(path)) throw new NoDatabaseError(`数据库文件不存在：${path}`);
	const stat = statSync(path);
	if (current && current.ino === stat.ino && current.mtimeMs === stat.mtimeMs) return current.db;
	opening ??= (async () => {
		const db = await Database.open(path, { readOnly: true });
		try {
			await assertCurrentSchema(db);
		} catch (e) {
			db.close();
			if (e instanceof OutdatedDatabaseError) error(503, e.message);
			throw e;
		}
		const old = current;
		current = { db, ino: stat.ino, mtimeMs: stat.mtimeMs };
		if (old) setTimeout(() => old.db.close(), RETIRE_AFTER_MS).unref();
		return db;
	})().finally(() => (opening = null));
	return opening;
}
