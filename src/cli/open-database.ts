import { existsSync } from 'node:fs';
import { Database } from '../lib/server/db/database.ts';
import { InputError } from '../lib/server/errors.ts';

/** Opens a database read-only for a query command, so it never blocks a load or the web server. */
export async function openForReading(path: string): Promise<Database> {
	if (!existsSync(path)) throw new InputError(`数据库文件不存在：${path}（请先用 canbao load 导入快照）`);
	return Database.open(path, { readOnly: true });
}

export async function withDatabase<T>(path: string, work: (db: Database) => Promise<T>): Promise<T> {
	const db = await openForReading(path);
	try {
		return await work(db);
	} finally {
		db.close();
	}
}
