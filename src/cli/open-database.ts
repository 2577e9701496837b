import { existsSync } from 'node:fs';
import { Database } from '../lib/server/db/database.ts';
import { InputError } from '../lib/server/errors.ts';
import { assertCurrentSchema } from '../lib/server/db/schema.ts';

/**
 * Opens a database read-only for a query command, so it never blocks a load or the web server. A file
 * of an older schema is refused with what to do (OutdatedDatabaseError), not a missing-table SQL error.
 */
export async function openForReading(path: string): Promise<Database> {
	if (!existsSync(path)) throw new InputError(`数据库文件不存在：${path}（请先用 canbao load 导入快照）`);
	const db = await Database.open(path, { readOnly: true });
	try {
		await assertCurrentSchema(db);
	} catch (error) {
		db.close();
		throw error;
	}
	return db;
}

export async function withDatabase<T>(path: string, work: (db: Database) => Promise<T>): Promise<T> {
	const db = await openForReading(path);
	try {
		return await work(db);
	} finally {
		await db.settle(); // a failed command may leave statements running: close only when they are done
		db.close();
	}
}
