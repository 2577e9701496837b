import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.ts';
import { csvBufferSize, detectDialect } from './csv-dialect.ts';
import { gb18030ToUtf8 } from './transcode.ts';
import { spacedLines } from './spaced-lines.ts';
import { xlsxToCsv } from './xlsx-to-csv.ts';
import { LoadRefusal } from './refusal.ts';
import { TABLE_COLUMNS, describeColumn, matchColumns, type TableName } from './columns.ts';
import type { TableFile } from './snapshot-folder.ts';

/**
 * Makes one snapshot file readable as `stg_<table>`: one VARCHAR column per known column (NULL where
 * the file lacks an optional one) and `rowid + 2` the line in the file (line 1 is the header). Values
 * are read as text, never sniffed, so codes keep their leading zeros and the check letter X.
 * A CSV (or converted GB18030/XLSX) file is read into a temp table, whose rowid follows the file's order
 * (the parallel read keeps it; a view with row_number() would make the whole transform single-threaded).
 * A Parquet file becomes a temp view over read_parquet with its own row numbers: nothing is copied, which
 * at 10M persons saves spilling gigabytes of staged text to disk. `work` holds converted files.
 */
export async function stageTable(db: Database, file: TableFile, work: string): Promise<void> {
	const source = await readableSource(db, file, work);
	const mapping = matchColumns(file.table, source.headers);
	refuseMissingColumns(file, mapping);
	const selectList = TABLE_COLUMNS[file.table]
		.map((c) => {
			const index = mapping.get(c.name) ?? -1;
			return index >= 0 ? `CAST(${source.columnRef(index)} AS VARCHAR) AS ${c.name}` : `NULL::VARCHAR AS ${c.name}`;
		})
		.join(', ');
	// the white-space scan reads the file while DuckDB stages it; failing, it only means "test every row"
	const spaced = source.csvPath ? spacedLines(source.csvPath, { delimiter: source.delimiter }).catch(() => null) : Promise.resolve(null);
	try {
		if (file.format === 'parquet') {
			await db.run(`CREATE OR REPLACE TEMP VIEW stg_${file.table} AS SELECT file_row_number AS rowid, ${selectList} FROM ${source.from}`);
		} else {
			await db.run(`CREATE OR REPLACE TEMP TABLE stg_${file.table} AS SELECT ${selectList} FROM ${source.from}`);
		}
	} catch (error) {
		await spaced;
		throw readError(file, error as Error);
	}
	await recordSpacedLines(db, file.table, await spaced);
}

/**
 * `stg_<table>_spaced(line_no)`: the lines the load's trim test must look at (spaced-lines.ts); one NULL
 * row when that is every line (a Parquet file, or a CSV file whose lines cannot be told from rows).
 */
async function recordSpacedLines(db: Database, table: TableName, lines: number[] | null): Promise<void> {
	await db.run(`CREATE OR REPLACE TEMP TABLE stg_${table}_spaced (line_no BIGINT)`);
	if (lines === null) await db.run(`INSERT INTO stg_${table}_spaced VALUES (NULL)`);
	else if (lines.length > 0) {
		await db.run(`INSERT INTO stg_${table}_spaced SELECT unnest(string_split($lines, ','))::BIGINT`, { lines: lines.join(',') });
	}
}

/** Drops `stg_<table>`, a temp table or view, and its list of white-space lines. */
export async function dropStaged(db: Database, table: TableName): Promise<void> {
	const [kind] = await db.all<{ view: boolean }>(
		`SELECT EXISTS (SELECT 1 FROM duckdb_views() WHERE temporary AND view_name = $name) AS view`,
		{ name: `stg_${table}` }
	);
	await db.run(kind.view ? `DROP VIEW stg_${table}` : `DROP TABLE IF EXISTS stg_${table}`);
	await db.run(`DROP TABLE IF EXISTS stg_${table}_spaced`);
}

/** An empty staging table for an optional table the snapshot does not have. */
export async function stageEmpty(db: Database, table: TableName): Promise<void> {
	const columns = TABLE_COLUMNS[table].map((c) => `${c.name} VARCHAR`).join(', ');
	await db.run(`CREATE OR REPLACE TEMP TABLE stg_${table} (${columns})`);
	await recordSpacedLines(db, table, []);
}

export function workFolder(): { path: string; remove(): void } {
	const path = mkdtempSync(join(tmpdir(), 'canbao-stage-'));
	return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

interface Source {
	headers: string[];
	from: string;
	columnRef(index: number): string;
	/** The UTF-8 CSV file DuckDB reads (after any conversion) and its delimiter; none for Parquet. */
	csvPath?: string;
	delimiter?: string;
}

async function readableSource(db: Database, file: TableFile, work: string): Promise<Source> {
	if (file.format === 'parquet') return parquetSource(db, file);
	let csvPath = file.path;
	if (file.format === 'xlsx') {
		csvPath = join(work, `${file.table}.csv`);
		try {
			await xlsxToCsv(file.path, csvPath);
		} catch (error) {
			throw new LoadRefusal(`${basename(file.path)} 无法读取：不是有效的 Excel 文件（${(error as Error).message}）`, file.path);
		}
	}
	const dialect = detectDialect(csvPath);
	if (dialect.encoding === 'gb18030') {
		const utf8Path = join(work, `${file.table}.utf8.csv`);
		await gb18030ToUtf8(csvPath, utf8Path);
		csvPath = utf8Path;
	}
	const columns = dialect.headers.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	const from =
		`read_csv(${literal(csvPath)}, auto_detect = false, header = true, delim = ${literal(dialect.delimiter)}, ` +
		`quote = '"', escape = '"', columns = {${columns}}, strict_mode = true, buffer_size = ${csvBufferSize(dialect.bytesPerRow)})`;
	return { headers: dialect.headers, from, columnRef: (i) => `c${i}`, csvPath, delimiter: dialect.delimiter };
}

async function parquetSource(db: Database, file: TableFile): Promise<Source> {
	const from = `read_parquet(${literal(file.path)}, file_row_number = true)`;
	let headers: string[];
	try {
		const described = await db.all<{ column_name: string }>(`DESCRIBE SELECT * FROM ${from}`);
		headers = described.map((r) => r.column_name);
	} catch (error) {
		throw new LoadRefusal(`${basename(file.path)} 无法读取：不是有效的 Parquet 文件（${firstLine((error as Error).message)}）`, file.path);
	}
	return { headers, from, columnRef: (i) => `"${headers[i].replace(/"/g, '""')}"` };
}

export function literal(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

function refuseMissingColumns(file: TableFile, mapping: Map<string, number>): void {
	for (const spec of TABLE_COLUMNS[file.table]) {
		if (spec.required && (mapping.get(spec.name) ?? -1) < 0) {
			throw new LoadRefusal(
				`${basename(file.path)} 缺少必填列 ${describeColumn(spec)}（第 1 行表头中没有此列）`,
				file.path,
				spec.headers[0],
				1
			);
		}
	}
}

/** Turns a DuckDB read error into a Chinese message with the file and, when DuckDB gives it, the line. */
export function readError(file: TableFile, error: Error): LoadRefusal {
	const text = error.message;
	const line = Number(/Line:\s*(\d+)/i.exec(text)?.[1] ?? /line (\d+)/i.exec(text)?.[1] ?? NaN);
	const name = basename(file.path);
	let reason = '文件格式错误';
	if (/Expected Number of Columns|columns|Too many|Too few/i.test(text)) reason = '该行的列数与表头不一致';
	else if (/quote/i.test(text)) reason = '引号不成对';
	else if (/unicode|utf-?8/i.test(text)) reason = '含有无法识别的字符编码';
	const where = Number.isFinite(line) ? `第 ${line} 行` : '';
	return new LoadRefusal(`${name} ${where}无法读取：${reason}（${firstLine(text)}）`, file.path, undefined, Number.isFinite(line) ? line : undefined);
}

function firstLine(text: string): string {
	return text.split('\n', 1)[0].slice(0, 200);
}

export type { TableName };
