import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Database, type Params, type Row } from '../db/database.ts';
import { projectRoot } from '../project-root.ts';

/**
 * The work store: data people create in the app (lists sent down, issued 通报, alerts, plans edited in
 * the UI). It is not snapshot data, so it never lives in the snapshot database, which loads replace.
 * An embedded DuckDB file of its own (data/work.duckdb, CANBAO_STORE overrides), opened read-write by
 * the web server process only. Every change runs in one transaction, one at a time (a queue), and is
 * durable when `transaction` resolves: DuckDB writes its WAL on COMMIT, so a crash after that loses
 * nothing, and a crash before it leaves nothing half-written. Back it up with data/ (docs/operations.md).
 *
 * Each feature owns its tables in `queries/store/<name>.sql` (CREATE TABLE IF NOT EXISTS …); call
 * `store.ensure(name)` before using them (runs once per process and store).
 */
export class WorkStore {
	private queue: Promise<unknown> = Promise.resolve();
	private readonly ensured = new Set<string>();

	private constructor(readonly db: Database) {}

	static async open(path = defaultStorePath()): Promise<WorkStore> {
		mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
		const fresh = !existsSync(path);
		const db = await Database.open(path, { readOnly: false, threads: 1, memoryLimit: '256MB' });
		if (fresh) {
			try {
				chmodSync(path, 0o600);
			} catch {
				/* the file may be created lazily on first write */
			}
		}
		return new WorkStore(db);
	}

	/** Creates the tables of `queries/store/<name>.sql` if they are missing (once per process). */
	async ensure(name: string): Promise<void> {
		if (this.ensured.has(name)) return;
		await this.serial(() => this.db.runFile(`store/${name}`));
		this.ensured.add(name);
	}

	/** A read (sees only committed data). */
	async all<T extends Row = Row>(sql: string, params: Params = {}): Promise<T[]> {
		return this.serial(() => this.db.all<T>(sql, params));
	}

	async query<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
		return this.serial(() => this.db.query<T>(name, params));
	}

	/** Runs `work` inside BEGIN … COMMIT; any error rolls everything back and is rethrown. */
	async transaction<T>(work: (db: Database) => Promise<T>): Promise<T> {
		return this.serial(async () => {
			await this.db.run('BEGIN TRANSACTION');
			try {
				const result = await work(this.db);
				await this.db.run('COMMIT');
				return result;
			} catch (e) {
				await this.db.run('ROLLBACK').catch(() => undefined);
				throw e;
			}
		});
	}

	close(): void {
		this.db.close();
	}

	private serial<T>(work: () => Promise<T>): Promise<T> {
		const next = this.queue.then(work, work);
		this.queue = next.catch(() => undefined);
		return next;
	}
}

export function defaultStorePath(): string {
	return resolve(process.env.CANBAO_STORE ?? resolve(projectRoot(), 'data', 'work.duckdb'));
}

const open = new Map<string, Promise<WorkStore>>();

/** The process's store for `path` (default: the installation's), opened once. */
export function workStore(path = defaultStorePath()): Promise<WorkStore> {
	let store = open.get(path);
	if (!store) {
		store = WorkStore.open(path);
		store.catch(() => open.delete(path));
		open.set(path, store);
	}
	return store;
}

/** For specs: closes and forgets a store. */
export async function closeWorkStore(path = defaultStorePath()): Promise<void> {
	const store = open.get(path);
	open.delete(path);
	if (store) (await store).close();
}
