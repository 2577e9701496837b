import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { LoadRefusal } from './refusal.ts';
import { DATE_COLUMNS, ID_COLUMNS, TABLE_COLUMNS, matchColumns, matchedCount, type TableName } from './columns.ts';
import { numericIdRefusal } from './numeric-ids.ts';

/** Rows searched for the header row (title rows and merged group headers above it are skipped). */
const HEADER_SEARCH_ROWS = 20;

export interface XlsxResult {
	/** The sheet that was read. */
	sheet: string;
	/** What the load should say about the reading (cells ignored). */
	notes: string[];
	/** Blank records written that stand for no data row (the rows down to the header). */
	fillers: number;
	/** The sheet row of the header. */
	headerRow: number;
}

interface SheetOutput {
	name: string;
	path: string;
	hasData: boolean;
	notes: string[];
	fillers: number;
	/** Lines of numeric cells in id columns, by column name. */
	numericIds: Map<string, number[]>;
}

/**
 * Writes one sheet of an .xlsx workbook as a UTF-8 CSV, every cell as text (whole numbers without
 * exponent, date cells and serial numbers in date columns as YYYY-MM-DD), read as a person sees it:
 * the sheet named in manifest.json, else the only visible sheet holding data (a workbook with several
 * is refused naming them; hidden sheets are never read), the header row found among the first rows,
 * cells to the right of the header ignored (with a note). The CSV starts with the header, then one
 * blank record per row above the header, then one record per sheet row, so that the staged rowid + 2 is
 * the row number the sheet shows. A numeric cell in an id column (公民身份号码 and the like) is refused:
 * its last digits are lost; only a whole number that fits (a 15-digit id) is kept as text.
 */
export async function xlsxToCsv(source: string, target: string, options: { table: TableName; sheet?: string }): Promise<XlsxResult> {
	// imported here: loading exceljs takes 0.4 s, which every CSV or Parquet load would pay
	const { default: ExcelJS } = await import('exceljs');
	const name = basename(source);
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'cache',
		worksheets: 'emit'
	});
	const outputs: SheetOutput[] = [];
	const states = new Map<string, string>();
	try {
		for await (const sheet of reader) {
			const ws = sheet as unknown as { name: string; state?: string } & AsyncIterable<{ number: number; values: unknown }>;
			states.set(ws.name, ws.state ?? 'visible');
			if (ws.state === 'hidden' || ws.state === 'veryHidden') {
				for await (const _row of ws); // drain
				continue;
			}
			const output = await writeSheet(ws, `${target}.${outputs.length}`, options.table, name);
			outputs.push(output);
		}
		const tabOrder = ((reader as unknown as { model?: { sheets?: { name: string; state?: string }[] } }).model?.sheets ?? []).map((s) => s.name);
		const order = (o: SheetOutput) => {
			const i = tabOrder.indexOf(o.name);
			return i < 0 ? Number.MAX_SAFE_INTEGER : i;
		};
		outputs.sort((a, b) => order(a) - order(b));
		const chosen = chooseSheet(outputs, [...states.keys()], name, source, options.sheet);
		for (const [column, lines] of chosen.numericIds) {
			if (lines.length > 0) {
				const spec = TABLE_COLUMNS[options.table].find((c) => c.name === column)!;
				throw numericIdRefusal(`${name}（工作表“${chosen.name}”）`, source, spec, lines, '数字单元格');
			}
		}
		renameSync(chosen.path, target);
		return { sheet: chosen.name, notes: chosen.notes, fillers: chosen.fillers, headerRow: chosen.fillers + 1 };
	} finally {
		for (const o of outputs) rmSync(o.path, { force: true });
	}
}

function chooseSheet(outputs: SheetOutput[], all: string[], name: string, source: string, wanted?: string): SheetOutput {
	const list = (sheets: string[]) => sheets.map((s) => `“${s}”`).join('、');
	if (wanted !== undefined) {
		const found = outputs.find((o) => o.name === wanted);
		if (found) return found;
		throw new LoadRefusal(
			`${name} 中没有 manifest.json 指定的可见工作表“${wanted}”；工作簿中的工作表：${list(all)}`,
			source
		);
	}
	const withData = outputs.filter((o) => o.hasData);
	if (withData.length > 1) {
		throw new LoadRefusal(
			`${name} 有 ${withData.length} 个含数据的可见工作表（${list(withData.map((o) => o.name))}），不知道该读哪一个；` +
				`请只保留一个工作表，或在 manifest.json 中写明，如 "sheets": {"${name.replace(/\.xlsx$/i, '')}": "${withData[0].name}"}`,
			source
		);
	}
	const chosen = withData[0] ?? outputs[0];
	if (!chosen) throw new LoadRefusal(`${name} 中没有可见的工作表`, source);
	return chosen;
}

async function writeSheet(
	sheet: AsyncIterable<{ number: number; values: unknown }>,
	path: string,
	table: TableName,
	fileName: string
): Promise<SheetOutput> {
	const out = createWriteStream(path);
	const write = async (text: string) => {
		if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
	};
	const output: SheetOutput = { name: (sheet as unknown as { name: string }).name, path, hasData: false, notes: [], fillers: 0, numericIds: new Map() };
	const buffered: { number: number; values: unknown[] }[] = [];
	let header: { row: number; width: number; idColumns: Map<number, string>; dateColumns: Set<number> } | null = null;
	let nextRow = 0;
	let blank = '';
	let rightOfHeader: number | null = null;

	const start = async (index: number) => {
		const row = buffered[index];
		const above = buffered[index - 1]?.number === row.number - 1 ? buffered[index - 1].values : [];
		// a cell merged down from the row above (a two-row header) is empty in the lower row
		const texts = row.values.map((v, i) => cellText(v) || cellText(above[i]));
		let width = texts.length;
		while (width > 0 && texts[width - 1].trim() === '') width--;
		// a line break in a header cell ("公民身份\n号码") is no part of the name
		const names = texts.slice(0, width).map((t) => t.replace(/[\r\n]+/g, ''));
		const mapping = matchColumns(table, names);
		const idColumns = new Map<number, string>();
		for (const column of ID_COLUMNS[table] ?? []) if ((mapping.get(column) ?? -1) >= 0) idColumns.set(mapping.get(column)!, column);
		const dateColumns = new Set<number>();
		for (const column of DATE_COLUMNS[table] ?? []) if ((mapping.get(column) ?? -1) >= 0) dateColumns.add(mapping.get(column)!);
		header = { row: row.number, width, idColumns, dateColumns };
		blank = ','.repeat(Math.max(0, width - 1)) + '\n';
		await write(names.map(quote).join(',') + '\n');
		for (let i = 1; i < row.number; i++) await write(blank);
		output.fillers = row.number - 1;
		nextRow = row.number + 1;
		for (const later of buffered.slice(index + 1)) await dataRow(later);
		buffered.length = 0;
	};
	const dataRow = async (row: { number: number; values: unknown[] }) => {
		const h = header!;
		for (; nextRow < row.number; nextRow++) await write(blank);
		const cells: string[] = [];
		for (let i = 0; i < h.width; i++) {
			const value = row.values[i];
			const column = h.idColumns.get(i);
			if (typeof value === 'number' && column !== undefined && !exactIdNumber(value, column)) {
				const lines = output.numericIds.get(column) ?? [];
				if (lines.length < 3) lines.push(row.number);
				output.numericIds.set(column, lines);
			}
			cells.push(quote(h.dateColumns.has(i) ? dateText(value) : cellText(value)));
		}
		if (rightOfHeader === null && row.values.slice(h.width).some((v) => cellText(v).trim() !== '')) rightOfHeader = row.number;
		await write(cells.join(',') + '\n');
		nextRow = row.number + 1;
	};

	let named = false; // a row naming the table's columns was found
	for await (const row of sheet) {
		const values = ((row.values as unknown[]) ?? []).slice(1);
		if (header) {
			// a sheet "holds data" with a header naming the table's columns and a row under it: a sheet of
			// notes (说明) beside the table is not data
			if (named && !output.hasData && values.some((v) => cellText(v).trim() !== '')) output.hasData = true;
			await dataRow({ number: row.number, values });
			continue;
		}
		buffered.push({ number: row.number, values });
		const found = matchedCount(table, values.map(cellText)) >= Math.min(3, TABLE_COLUMNS[table].length);
		if (found) {
			named = true;
			await start(buffered.length - 1);
		}
		else if (row.number >= HEADER_SEARCH_ROWS) {
			const first = buffered.findIndex((r) => r.values.some((v) => cellText(v).trim() !== ''));
			await start(Math.max(0, first));
		}
	}
	if (!header && buffered.length > 0) {
		const first = buffered.findIndex((r) => r.values.some((v) => cellText(v).trim() !== ''));
		await start(Math.max(0, first));
	}
	if (!header) await write('\n');
	if (rightOfHeader !== null) {
		output.notes.push(`${fileName}（工作表“${output.name}”）表头右侧的单元格（第 ${rightOfHeader} 行起）没有列名，已忽略`);
	}
	await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
	return output;
}

/** A number in an id column that is the id exactly: a whole number of 15 digits (a legacy id), or for other id columns one Excel keeps exactly. */
function exactIdNumber(value: number, column: string): boolean {
	if (!Number.isSafeInteger(value) || value < 0) return false;
	const digits = String(value).length;
	return column === 'aac002' ? digits === 15 : digits <= 15;
}

/** A date column's cell: a date cell or an Excel serial day number as YYYY-MM-DD; anything else as text. */
function dateText(value: unknown): string {
	if (typeof value === 'number' && value >= 1 && value < 2958466) {
		const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000);
		return day.toISOString().slice(0, 10);
	}
	return cellText(value);
}

export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
	if (typeof value === 'object') {
		const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
		if (v.richText) return v.richText.map((t) => t.text).join('');
		if (v.text !== undefined) return String(v.text);
		if (v.result !== undefined) return cellText(v.result);
		return '';
	}
	return String(value);
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
