// The physical limit: DuckDB alone reading the snapshot files into plain tables (no validation, no
// aggregates), in a fresh database file. Run as a child process by bench/run.ts. A third argument
// `latest` creates the file in DuckDB's newest storage format, the one the loader writes (for comparison;
// the ratio of issue 2 is against DuckDB's defaults).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [folder, dbPath, format] = process.argv.slice(2);
rmSync(dbPath, { force: true });
const instance = await DuckDBInstance.create(dbPath, {
	memory_limit: '4GB',
	...(format === 'latest' ? { storage_compatibility_version: 'latest' } : {})
});
const connection = await instance.connect();
const started = performance.now();
for (const table of ['persons', 'enrolments', 'units', 'population']) {
	const csv = join(folder, `${table}.csv`);
	const parquet = join(folder, `${table}.parquet`);
	const source = existsSync(parquet) ? `read_parquet('${parquet}')` : existsSync(csv) ? `read_csv('${csv}', all_varchar = true)` : null;
	if (source) await connection.run(`CREATE TABLE ${table} AS SELECT * FROM ${source}`);
}
await connection.run('CHECKPOINT');
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000 }));
connection.closeSync();
instance.closeSync();
