// `npx tsx scripts/compare-databases.ts A.duckdb B.duckdb [--ignore table.column,…]`: whether two loaded
// databases hold the same rows, table by table (the loader's before/after check, bench/notes.md): for every
// table of `main` in both files, the rows of A EXCEPT ALL those of B and the reverse, over the columns both
// have (a column only one file has is named, not compared; --ignore leaves out more). Row order is not
// compared. Exit 1 when any table differs or exists in one file only.
import { DuckDBInstance } from '@duckdb/node-api';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { ignore: { type: 'string' } } });
if (positionals.length !== 2) {
	console.error('用法: npx tsx scripts/compare-databases.ts A.duckdb B.duckdb [--ignore 表.列,…]');
	process.exit(2);
}
const ignored = new Set((values.ignore ?? '').split(',').filter(Boolean));
const instance = await DuckDBInstance.create(':memory:');
const c = await instance.connect();
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
await c.run(`ATTACH ${quote(positionals[0])} AS a (READ_ONLY)`);
await c.run(`ATTACH ${quote(positionals[1])} AS b (READ_ONLY)`);
const rows = async (sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJS();
const columns = async (db: string) => {
	const found = await rows(
		`SELECT table_name, list(column_name ORDER BY column_index) AS cols FROM duckdb_columns()
		WHERE database_name = ${quote(db)} AND schema_name = 'main' GROUP BY table_name`
	);
	return new Map(found.map((r) => [String(r.table_name), (r.cols as string[]).map(String)]));
};
const [ca, cb] = [await columns('a'), await columns('b')];
let differs = false;
for (const table of [...new Set([...ca.keys(), ...cb.keys()])].sort()) {
	const [xa, xb] = [ca.get(table), cb.get(table)];
	if (!xa || !xb) {
		console.log(`${table}: only in ${xa ? 'A' : 'B'}`);
		differs = true;
		continue;
	}
	const common = xa.filter((col) => xb.includes(col) && !ignored.has(`${table}.${col}`));
	const only = [...xa.filter((col) => !xb.includes(col)).map((col) => `A.${col}`), ...xb.filter((col) => !xa.includes(col)).map((col) => `B.${col}`)];
	const list = common.map((col) => `"${col}"`).join(', ');
	const [counts] = await rows(
		`SELECT (SELECT count(*) FROM a.main."${table}") AS na, (SELECT count(*) FROM b.main."${table}") AS nb,
			(SELECT count(*) FROM (SELECT ${list} FROM a.main."${table}" EXCEPT ALL SELECT ${list} FROM b.main."${table}")) AS a_not_b,
			(SELECT count(*) FROM (SELECT ${list} FROM b.main."${table}" EXCEPT ALL SELECT ${list} FROM a.main."${table}")) AS b_not_a`
	);
	const same = Number(counts.a_not_b) === 0 && Number(counts.b_not_a) === 0;
	if (!same) differs = true;
	console.log(
		`${table}: ${same ? 'same' : 'DIFFERENT'} (rows ${counts.na} / ${counts.nb}, A∖B ${counts.a_not_b}, B∖A ${counts.b_not_a})` +
			(only.length ? `; not compared: ${only.join(', ')}` : '')
	);
}
c.closeSync();
instance.closeSync();
process.exit(differs ? 1 : 0);
