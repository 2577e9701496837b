import ExcelJS from 'exceljs';

/**
 * The shared parts of every workbook the app writes (person lists, 情况表, 排名, 考核, 入户调查包): who
 * made it, the A4 print setups, the thin borders, Excel's sheet-name rules and the HTTP headers of a
 * download. Each workbook module keeps its own layout; only these parts live here.
 */
export const CREATOR = '参保登记监测';

/** Excel's sheet limit: rows per worksheet (1,048,576). */
export const EXCEL_MAX_ROWS = 1_048_576;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** CSV for Excel users in China: GB18030 (Excel opens it with the system's GBK code page). */
export const CSV_TYPE = 'text/csv; charset=gb18030';

export const THIN = { style: 'thin' as const };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A thin border in a colour (ARGB), e.g. the grey of the league table. */
export function borderOf(argb: string) {
	const line = { style: 'thin' as const, color: { argb } };
	return { top: line, left: line, bottom: line, right: line };
}

/** A4 landscape, fitted to the page (the summary tables: 情况表, 排名, 考核). */
export const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', paperSize: 9, fitToPage: true };

const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

/**
 * A4 for printed lists: fit to the page width (as many pages long as needed), the rows `printTitlesRow`
 * (e.g. '5:5') repeated on every page. Landscape for tables, portrait for forms (wider margins).
 */
export function printSetup(orientation: 'landscape' | 'portrait', printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
	const margins = orientation === 'portrait' ? { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } : PRINT_MARGINS;
	return { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(printTitlesRow ? { printTitlesRow } : {}), margins };
}

/** The page number footer of printed lists: 第 1 页，共 3 页. */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

/** A workbook in memory (small workbooks: reports, rankings, packs). */
export function newWorkbook(): ExcelJS.Workbook {
	const book = new ExcelJS.Workbook();
	book.creator = CREATOR;
	return book;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
export function sheetName(wanted: string, used: Set<string>): string {
	const clean = wanted.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
	let name = clean;
	for (let i = 2; used.has(name); i++) name = `${clean.slice(0, 28)}(${i})`;
	used.add(name);
	return name;
}

/** Content-Disposition for a Chinese file name (RFC 5987), with an ASCII name for old clients. */
export function attachment(fileName: string, fallback = fileName.toLowerCase().endsWith('.csv') ? 'export.csv' : 'export.xlsx'): string {
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A finished workbook as a download. */
export function xlsxResponse(body: ArrayBuffer | Uint8Array, fileName: string, fallback?: string): Response {
	return new Response(new Uint8Array(body), { headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(fileName, fallback) } });
}
