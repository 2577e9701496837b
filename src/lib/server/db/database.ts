import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { sqlFile } from './sql-files.ts';

export type Params = Record<string, string | number | boolean | null>;
export type Row = Record<string, unknown>;

export interface OpenOptions {
	readOnly: boolean;
	/** DuckDB memory_limit, e.g. '4GB'. */
	memoryLimit?: string;
	threads?: number;
}

/**
 * One DuckDB database file and one connection to it. Every statement goes through `all`/`run`
 * with bound parameters: callers never splice values into SQL text.
 */
export class Database {
	private constructor(
		readonly path: string,
		private readonly instance: DuckDBInstance,
		private readonly connection: DuckDBConnection
	) {}

	static async open(path: string, options: OpenOptions): Promise<Database> {
		const config: Record<string, string> = {
			access_mode: options.readOnly ? 'READ_ONLY' : 'READ_WRITE'
		};
		// A file a writer creates gets DuckDB's newest storage format: its string compression (DICT_FSST)
		// writes a load's text columns faster and smaller than the default, which keeps files readable by
		// DuckDB versions older than this one (bench/notes.md). An existing file keeps its format.
		if (!options.readOnly) config.storage_compatibility_version = 'latest';
		if (options.memoryLimit) config.memory_limit = options.memoryLimit;
		if (options.threads) config.threads = String(options.threads);
		const instance = await DuckDBInstance.create(path, config);
		const connection = await instance.connect();
		return new Database(path, instance, connection);
	}

	/** Runs every statement of `sql`, binding to each only the parameters it names. */
	async run(sql: string, params: Params = {}): Promise<void> {
		await this.execute(sql, params, false);
	}

	/** Runs `sql` (the last statement's rows are returned) with plain JS values: numbers, strings, null. */
	async all<T extends Row = Row>(sql: string, params: Params = {}): Promise<T[]> {
		return (await this.execute(sql, params, true)) as T[];
	}

	/** Runs `queries/<name>.sql`. */
	async query<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
		return this.all<T>(sqlFile(name), params);
	}

	async runFile(name: string, params: Params = {}): Promise<void> {
		await this.run(sqlFile(name), params);
	}

	close(): void {
		this.connection.closeSync();
		this.instance.closeSync();
	}

	private readonly inFlight = new Set<Promise<unknown>>();

	/**
	 * Waits until no statement is running. Closing while one still runs (a caller's Promise.all
	 * rejected early) could leave the process hanging in DuckDB's shutdown (issue 14, finding 4).
	 */
	async settle(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
	}

	private execute(sql: string, params: Params, read: boolean): Promise<Row[]> {
		const running = this.executeNow(sql, params, read);
		this.inFlight.add(running);
		const done = () => this.inFlight.delete(running);
		running.then(done, done);
		return running;
	}

	private async executeNow(sql: string, params: Params, read: boolean): Promise<Row[]> {
		const statements = await this.connection.extractStatements(sql);
		let rows: Row[] = [];
		for (let i = 0; i < statements.count; i++) {
			const prepared = await statements.prepare(i);
			const bound: Record<string, DuckDBValue> = {};
			for (let p = 1; p <= prepared.parameterCount; p++) {
				const name = prepared.parameterName(p);
				if (!(name in params)) throw new Error(`SQL parameter $${name} was not given`);
				bound[name] = params[name] as DuckDBValue;
			}
			if (prepared.parameterCount > 0) prepared.bind(bound);
			if (read && i === statements.count - 1) {
				const reader = await prepared.runAndReadAll();
				rows = rowObjects(reader.columnNames(), reader.getColumnsJS());
			} else {
				await prepared.run();
			}
		}
		return rows;
	}
}

/** Rows from columns: DuckDB converts a column at a time several times faster than row objects. */
function rowObjects(names: string[], columns: unknown[][]): Row[] {
	const count = columns[0]?.length ?? 0;
	const rows: Row[] = new Array(count);
	for (let r = 0; r < count; r++) {
		const row: Row = {};
		for (let c = 0; c < names.length; c++) row[names[c]] = plainValue(columns[c][r]);
		rows[r] = row;
	}
	return rows;
}

function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(plainValue);
	return value;
}
