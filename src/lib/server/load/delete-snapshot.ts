import { existsSync } from 'node:fs';
import { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema.ts';
import { InputError } from '../errors.ts';
import { isIsoDate } from './snapshot-folder.ts';
import { beginWorkingCopy } from './database-file.ts';

/**
 * Deletes the snapshot `asOf` (its rows, aggregates and snapshots entry: queries/load/delete-snapshot.sql)
 * the way loads write: on a working copy renamed over the live file when done, so readers keep
 * answering from the old file and a failure leaves the database as it was.
 */
export async function deleteSnapshot(dbPath: string, asOf: string): Promise<void> {
	if (!isIsoDate(asOf)) throw new InputError(`快照日期“${asOf}”格式不正确，应为 YYYY-MM-DD`);
	if (!existsSync(dbPath)) throw new InputError(`数据库文件不存在：${dbPath}`);
	const copy = beginWorkingCopy(dbPath);
	let db: Database | null = null;
	try {
		db = await Database.open(copy.path, { readOnly: false });
		await ensureSchema(db);
		const [{ n }] = await db.all<{ n: number }>('SELECT count(*) AS n FROM snapshots WHERE as_of = $as_of::DATE', { as_of: asOf });
		if (n === 0) throw new InputError(`没有 ${asOf} 的快照，无需删除`);
		await db.run('BEGIN TRANSACTION');
		try {
			await db.runFile('load/delete-snapshot', { as_of: asOf });
			await db.run('COMMIT');
		} catch (error) {
			await db.run('ROLLBACK');
			throw error;
		}
		await db.run('CHECKPOINT');
		db.close();
		db = null;
		copy.commit();
	} catch (error) {
		db?.close();
		copy.discard();
		throw error;
	}
}
