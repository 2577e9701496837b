import { chmodSync, closeSync, copyFileSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LoadRefusal } from './refusal.ts';

/**
 * Loads never write the live database file. They write a copy next to it and rename the copy over
 * the original when everything succeeded, so readers (the web server, other CLI calls) keep
 * answering from the old file during a load and see a new snapshot only once it is complete; a
 * refused load simply deletes its copy, leaving the database exactly as it was.
 */
export interface WorkingCopy {
	path: string;
	commit(): void;
	discard(): void;
}

export function beginWorkingCopy(dbPath: string): WorkingCopy {
	mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
	const lock = acquireLock(dbPath);
	const path = `${dbPath}.loading`;
	rmSync(path, { force: true });
	rmSync(`${path}.wal`, { force: true });
	try {
		if (existsSync(dbPath)) copyFileSync(dbPath, path);
	} catch (error) {
		lock.release();
		throw error;
	}
	return {
		path,
		commit() {
			chmodSync(path, 0o600); // every person of the province: owner only (issue 14, finding 11)
			renameSync(path, dbPath);
			lock.release();
		},
		discard() {
			rmSync(path, { force: true });
			rmSync(`${path}.wal`, { force: true });
			lock.release();
		}
	};
}

/** One load at a time per database: a lock file holding the loader's pid. */
function acquireLock(dbPath: string): { release(): void } {
	const lockPath = `${dbPath}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return { release: () => rmSync(lockPath, { force: true }) };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(readFileSync(lockPath, 'utf8'));
			if (pid && processAlive(pid)) {
				throw new LoadRefusal(`数据库正在由另一个导入进程（pid ${pid}）写入，请稍后再试：${dbPath}`, dbPath);
			}
			rmSync(lockPath, { force: true }); // left behind by a loader that died
		}
	}
	throw new LoadRefusal(`无法锁定数据库：${dbPath}`, dbPath);
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
