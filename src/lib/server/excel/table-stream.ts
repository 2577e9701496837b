import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { BORDER, CREATOR, EXCEL_MAX_ROWS, PAGE_FOOTER, printSetup } from './workbook.ts';

/**
 * A table written as it is read (person lists): rows go to `out` page by page, so memory stays bounded
 * whatever the number of rows. Two formats:
 * - xlsx (ExcelJS's streaming WorkbookWriter): each sheet has the title, the lines saying what was asked,
 *   a blank row and the header (bold, repeated on every printed page), then the rows; A4 landscape,
 *   fit to the page width, page numbers in the footer, the header and rows bordered. Above Excel's
 *   limit (1,048,576 rows a sheet) the rows go on in further sheets 人员名单2, 人员名单3 …, each with
 *   the same title rows.
 * - csv in GB18030: the header line, then one line per row (no title lines: a CSV is for sorting and
 *   filtering in Excel). Digit strings of 12 or more characters (身份号码, 行政区划代码) start with a tab
 *   so that Excel keeps them as text instead of 1.2E+17.
 */
export interface TableColumn {
	key: string;
	label: string;
}

export type TableRow = Record<string, string | number | null | undefined>;

export interface TableHead {
	title: string;
	about: string[];
	columns: TableColumn[];
	/** the first sheet's name; further sheets add 2, 3 … (default 人员名单) */
	sheet?: string;
}

export interface TableWriter {
	/** writes the rows, then waits while `out` is full */
	add(rows: TableRow[]): Promise<void>;
	/** ends the file; the number of rows written */
	finish(): Promise<number>;
	readonly rows: number;
}

export type TableFormat = 'xlsx' | 'csv';

export function tableWriter(format: TableFormat, out: Writable, head: TableHead, options: { sheetRows?: number } = {}): TableWriter {
	return format === 'csv' ? csvWriter(out, head) : xlsxWriter(out, head, options.sheetRows);
}

const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };
const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, border: BORDER };
// one style object for every data cell: ExcelJS maps a style object it has seen to its id without
// serialising it again (a new border object per cell cost ~15% of the export, bench/notes.md)
const CELL_STYLE: Partial<ExcelJS.Style> = { border: BORDER };

export function columnWidth(label: string): number {
	return Math.max(10, Math.min(40, label.length * 2.2 + 6 || 12));
}

function xlsxWriter(out: Writable, head: TableHead, sheetRows?: number): TableWriter {
	const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, creator: CREATOR } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0] & { creator: string });
	const headerRow = head.about.length + 3; // title, about …, blank, header
	const perSheet = Math.max(1, sheetRows ?? EXCEL_MAX_ROWS - headerRow);
	const base = head.sheet ?? '人员名单';
	let sheet: ExcelJS.Worksheet | null = null;
	let inSheet = 0;
	let sheets = 0;
	let total = 0;
	const open = () => {
		sheet?.commit();
		sheets += 1;
		sheet = book.addWorksheet(sheets === 1 ? base : `${base}${sheets}`, {
			pageSetup: printSetup('landscape', `${headerRow}:${headerRow}`),
			headerFooter: { oddFooter: PAGE_FOOTER }
		});
		sheet.columns = head.columns.map((c) => ({ width: columnWidth(c.label) }));
		const title = sheet.addRow([head.title]);
		title.getCell(1).style = TITLE_STYLE;
		for (const line of head.about) sheet.addRow([line]);
		sheet.addRow([]);
		const header = sheet.addRow(head.columns.map((c) => c.label));
		header.eachCell((cell) => (cell.style = HEADER_STYLE));
		inSheet = 0;
		return sheet;
	};
	const writer: TableWriter = {
		get rows() {
			return total;
		},
		async add(rows) {
			for (const r of rows) {
				const target = sheet && inSheet < perSheet ? sheet : open();
				const row = target.addRow(head.columns.map((c) => r[c.key] ?? ''));
				for (let c = 1; c <= head.columns.length; c++) row.getCell(c).style = CELL_STYLE;
				row.commit();
				inSheet += 1;
				total += 1;
			}
			await room(out);
		},
		async finish() {
			if (!sheet) open();
			await book.commit();
			return total;
		}
	};
	return writer;
}

function csvWriter(out: Writable, head: TableHead): TableWriter {
	let total = 0;
	let started = false;
	const line = (values: unknown[]) => values.map(csvField).join(',') + '\r\n';
	const write = (text: string) => out.write(iconv.encode(text, 'gb18030'));
	return {
		get rows() {
			return total;
		},
		async add(rows) {
			if (!started) write(line(head.columns.map((c) => c.label)));
			started = true;
			let text = '';
			for (const r of rows) text += line(head.columns.map((c) => r[c.key]));
			if (text) write(text);
			total += rows.length;
			await room(out);
		},
		async finish() {
			if (!started) write(line(head.columns.map((c) => c.label)));
			await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
			return total;
		}
	};
}

/** One CSV field (RFC 4180 quoting); long digit strings start with a tab so Excel keeps every digit. */
export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (/^\d{12,}[Xx]?$/.test(text)) text = `\t${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Waits while `out` holds more than its high-water mark (the client reads slower than we write). */
function room(out: Writable): Promise<void> {
	if (out.destroyed || !out.writableNeedDrain) return new Promise((resolve) => setImmediate(resolve));
	return new Promise((resolve) => {
		const done = () => {
			out.off('drain', done);
			out.off('close', done);
			resolve();
		};
		out.on('drain', done);
		out.on('close', done);
	});
}
