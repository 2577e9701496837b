import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.ts';
import { csvBufferSize, detectDialect } from './csv-dialect.ts';
import { toUtf8 } from './transcode.ts';
import { scanLines } from './spaced-lines.ts';
import { xlsxToCsv, type XlsxResult } from './xlsx-to-csv.ts';
import { normaliseCsv } from './csv-normalise.ts';
import { NUMERIC_ID_ADVICE, refuseNumericIds } from './numeric-ids.ts';
import { LoadRefusal } from './refusal.ts';
import { ID_COLUMNS, TABLE_COLUMNS, describeColumn, matchColumns, type TableName } from './columns.ts';
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
export interface StageInfo {
	/** Data rows staged (blank rows not counted). */
	rows: number;
	/** Empty, white-space or bare-delimiter rows skipped. */
	blankRows: number;
	/** The sheet read, for an .xlsx file. */
	sheet?: string;
	notes: string[];
}

/** Longest line DuckDB's reader takes (the normaliser then names the line that is longer). */
const MAX_LINE_BYTES = 1 << 20;

export async function stageTable(db: Database, file: TableFile, work: string, options: { sheet?: string } = {}): Promise<StageInfo> {
	const source = await readableSource(db, file, work, options);
	const mapping = matchColumns(file.table, source.headers);
	refuseMissingColumns(file, mapping, source);
	const selectList = TABLE_COLUMNS[file.table]
		.map((c) => {
			const index = mapping.get(c.name) ?? -1;
			return index >= 0 ? `CAST(${source.columnRef(index)} AS VARCHAR) AS ${c.name}` : `NULL::VARCHAR AS ${c.name}`;
		})
		.join(', ');
	if (file.format === 'parquet') {
		try {
			await db.run(`CREATE OR REPLACE TEMP VIEW stg_${file.table} AS SELECT file_row_number AS rowid, ${selectList} FROM ${source.from}`);
		} catch (error) {
			throw readError(file, error as Error);
		}
		await recordSpacedLines(db, file.table, null);
		// from the file's metadata: a Parquet file without rows is refused like a header-only CSV
		const [{ n }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${source.from}`);
		return { rows: Number(n), blankRows: 0, notes: [] };
	}
	let fillers = source.fillers;
	let spaced: number[] | null = null;
	let regular = !source.normalise;
	let scientific = true; // whether the file may hold a number in scientific notation ("E+")
	if (regular) {
		// the white-space scan reads the file while DuckDB stages it; failing, it only means "test every row"
		const scan = scanLines(source.csvPath!, { delimiter: source.delimiter }).catch(() => ({ lines: null, emptyLines: true, longestLine: 0, scientific: true }));
		try {
			await db.run(`CREATE OR REPLACE TEMP TABLE stg_${file.table} AS SELECT ${selectList} FROM ${source.from}`);
			const scanned = await scan;
			spaced = scanned.lines;
			scientific = scanned.scientific;
			// DuckDB skips empty lines: the rowids would no longer be the lines
			if (scanned.emptyLines && file.format === 'csv') regular = false;
			// DuckDB drops a line longer than its limit without a word: the normaliser names it
			if (scanned.longestLine > MAX_LINE_BYTES) regular = false;
		} catch (error) {
			await scan;
			if (file.format === 'xlsx') throw readError(file, error as Error);
			logEngineError(file, error as Error);
			regular = false;
		}
	}
	if (!regular) {
		const normalised = join(work, `${file.table}.normalised.csv`);
		const result = await normaliseCsv(source.csvPath!, normalised, {
			delimiter: source.delimiter!,
			headerLine: source.headerLine,
			width: source.headers.length,
			displayName: basename(file.path),
			columnNames: source.headers
		});
		fillers = result.fillers;
		try {
			await db.run(`CREATE OR REPLACE TEMP TABLE stg_${file.table} AS SELECT ${selectList} FROM ${csvFrom(normalised, ',', source.headers.length, source.bytesPerRow)}`);
		} catch (error) {
			throw readError(file, error as Error);
		}
		spaced = null;
	}
	await recordSpacedLines(db, file.table, spaced);
	const blankRows = (await deleteBlankRows(db, file.table)) - fillers;
	// a clean CSV has no "E+" anywhere (the scan looked): nothing to test
	if (scientific || !regular) await refuseNumericIds(db, file.table, source.displayName, file.path);
	const [{ n }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM stg_${file.table}`);
	return { rows: Number(n), blankRows, sheet: source.sheet, notes: source.notes };
}

/**
 * Deletes the staged rows whose every value is missing (empty lines the normaliser kept in place, bare
 * delimiter lines, empty spreadsheet rows) or white space; the rowids of the rest stay their line
 * numbers. Cheap on a clean file (≈ 30 ms per 1M persons): the all-NULL test reads validity masks, and
 * the white-space test runs only on rows whose first required column is NULL or starts with white space.
 */
async function deleteBlankRows(db: Database, table: TableName): Promise<number> {
	const columns = TABLE_COLUMNS[table].map((c) => c.name);
	const first = TABLE_COLUMNS[table].find((c) => c.required)!.name;
	const allNull = columns.map((c) => `${c} IS NULL`).join(' AND ');
	const blankText = `regexp_full_match(concat_ws('', ${columns.join(', ')}), '[ \\t\\r\\n　\\xa0]*')`;
	const where = `(${allNull}) OR ((${first} IS NULL OR ascii(${first}) IN (32, 9, 10, 13, 12288, 160)) AND ${blankText})`;
	const [{ n }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM stg_${table} WHERE ${where}`);
	if (Number(n) > 0) await db.run(`DELETE FROM stg_${table} WHERE ${where}`);
	return Number(n);
}

/** DuckDB's own text goes to the server log, never to the person loading (issue 15). */
function logEngineError(file: TableFile, error: Error): void {
	console.error(`[load] ${basename(file.path)}: DuckDB: ${firstLine(error.message)}`);
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
	/** The line of the header; data lines follow it. */
	headerLine: number;
	bytesPerRow: number;
	/** The file cannot be staged as it is: rewrite it first (csv-normalise.ts). */
	normalise: boolean;
	/** Blank records written in place of lines that are no data (an XLSX sheet's rows above the header). */
	fillers: number;
	/** The file as named in messages (with the sheet for an .xlsx file). */
	displayName: string;
	sheet?: string;
	/** The header's row in the sheet, for an .xlsx file. */
	headerRow?: number;
	notes: string[];
}

async function readableSource(db: Database, file: TableFile, work: string, options: { sheet?: string }): Promise<Source> {
	if (file.format === 'parquet') return parquetSource(db, file);
	let csvPath = file.path;
	let displayName = basename(file.path);
	let xlsx: XlsxResult | null = null;
	if (file.format === 'xlsx') {
		csvPath = join(work, `${file.table}.csv`);
		try {
			xlsx = await xlsxToCsv(file.path, csvPath, { table: file.table, sheet: options.sheet });
		} catch (error) {
			if (error instanceof LoadRefusal) throw error;
			console.error(`[load] ${displayName}: ExcelJS: ${firstLine((error as Error).message)}`);
			throw new LoadRefusal(`${displayName} 无法读取：不是有效的 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`, file.path);
		}
		displayName = `${displayName}（工作表“${xlsx.sheet}”）`;
	}
	const dialect = detectDialect(csvPath, file.format === 'xlsx' ? undefined : file.table);
	if (dialect.encoding !== 'utf8') {
		const utf8Path = join(work, `${file.table}.utf8.csv`);
		await toUtf8(csvPath, utf8Path, dialect.encoding);
		csvPath = utf8Path;
	}
	const from = csvFrom(csvPath, dialect.delimiter, dialect.headers.length, dialect.bytesPerRow);
	return {
		headers: dialect.headers,
		from,
		columnRef: (i) => `c${i}`,
		csvPath,
		delimiter: dialect.delimiter,
		headerLine: dialect.headerLine,
		bytesPerRow: dialect.bytesPerRow,
		normalise: dialect.headerLine > 1 || (dialect.headerSpan ?? 1) > 1,
		fillers: xlsx?.fillers ?? 0,
		displayName,
		sheet: xlsx?.sheet,
		headerRow: xlsx?.headerRow,
		notes: xlsx?.notes ?? []
	};
}

function csvFrom(path: string, delimiter: string, width: number, bytesPerRow: number): string {
	const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return (
		`read_csv(${literal(path)}, auto_detect = false, header = true, delim = ${literal(delimiter)}, ` +
		`quote = '"', escape = '"', columns = {${columns}}, strict_mode = true, max_line_size = ${MAX_LINE_BYTES}, ` +
		`buffer_size = ${csvBufferSize(bytesPerRow)})`
	);
}

async function parquetSource(db: Database, file: TableFile): Promise<Source> {
	const from = `read_parquet(${literal(file.path)}, file_row_number = true)`;
	let headers: string[];
	let types: string[];
	try {
		const described = await db.all<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM ${from}`);
		headers = described.map((r) => r.column_name);
		types = described.map((r) => r.column_type);
	} catch (error) {
		console.error(`[load] ${basename(file.path)}: DuckDB: ${firstLine((error as Error).message)}`);
		throw new LoadRefusal(`${basename(file.path)} 无法读取：不是有效的 Parquet 文件`, file.path);
	}
	// an id column of floating-point numbers has lost its last digits (whole-number columns keep them)
	const mapping = matchColumns(file.table, headers);
	for (const column of ID_COLUMNS[file.table] ?? []) {
		const index = mapping.get(column) ?? -1;
		if (index >= 0 && /^(DOUBLE|FLOAT|REAL|DECIMAL)/.test(types[index])) {
			const spec = TABLE_COLUMNS[file.table].find((c) => c.name === column)!;
			throw new LoadRefusal(`${basename(file.path)} 的 ${describeColumn(spec)}列是小数类型（${types[index]}）：${NUMERIC_ID_ADVICE}`, file.path, spec.headers[0]);
		}
	}
	return {
		headers, from, columnRef: (i) => `"${headers[i].replace(/"/g, '""')}"`,
		headerLine: 1, bytesPerRow: 0, normalise: false, fillers: 0, displayName: basename(file.path), notes: []
	};
}

export function literal(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

function refuseMissingColumns(file: TableFile, mapping: Map<string, number>, source: Source): void {
	const line = source.headerRow ?? source.headerLine;
	if ([...mapping.values()].every((i) => i < 0)) {
		const example = TABLE_COLUMNS[file.table].filter((c) => c.required).slice(0, 3).map(describeColumn).join('、');
		throw new LoadRefusal(
			`${source.displayName} 第 ${line} 行不是表头：没有认出任何列名（应有 ${example} 等列）`,
			file.path,
			undefined,
			line
		);
	}
	for (const spec of TABLE_COLUMNS[file.table]) {
		if (spec.required && (mapping.get(spec.name) ?? -1) < 0) {
			throw new LoadRefusal(
				`${source.displayName} 缺少必填列 ${describeColumn(spec)}（第 ${line} 行表头中没有此列）`,
				file.path,
				spec.headers[0],
				line
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
	else if (/unterminated quote/i.test(text)) reason = '引号不成对';
	else if (/unicode|utf-?8/i.test(text)) reason = '含有无法识别的字符编码';
	const where = Number.isFinite(line) ? `第 ${line} 行` : '';
	console.error(`[load] ${name}: DuckDB: ${firstLine(text)}`);
	return new LoadRefusal(`${name} ${where}无法读取：${reason}`, file.path, undefined, Number.isFinite(line) ? line : undefined);
}

function firstLine(text: string): string {
	return text.split('\n', 1)[0].slice(0, 200);
}

export type { TableName };
