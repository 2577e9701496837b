import ExcelJS from 'exceljs';
import type { Column, ListRow } from './present.ts';

/**
 * A person list as an Excel workbook: a title, what was asked (region, snapshot, group …), the
 * rows as shown on the page (already masked for the role) and a note when the export stopped at its limit.
 */
export interface PersonExport {
	title: string;
	about: string[];
	columns: Column[];
	rows: ListRow[];
	truncatedAt?: number;
}

export async function personsWorkbook(x: PersonExport): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = '参保登记监测';
	// printed for home visits: A4 landscape, fit to the page width, the header repeated on every page
	const sheet = book.addWorksheet('人员名单', {
		pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } }
	});
	sheet.headerFooter.oddFooter = '第 &P 页，共 &N 页';
	sheet.addRow([x.title]).font = { bold: true, size: 14 };
	for (const line of x.about) sheet.addRow([line]);
	if (x.truncatedAt) sheet.addRow([`仅导出前 ${x.truncatedAt.toLocaleString('en-US')} 行，请缩小范围后分批导出。`]);
	sheet.addRow([]);
	const header = sheet.addRow(x.columns.map((c) => c.label));
	header.font = { bold: true };
	sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
	for (const row of x.rows) sheet.addRow(x.columns.map((c) => row[c.key] ?? ''));
	const thin = { style: 'thin' as const };
	for (let r = header.number; r <= sheet.rowCount; r++) {
		for (let c = 1; c <= x.columns.length; c++) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
	}
	sheet.columns.forEach((col, i) => (col.width = Math.max(10, Math.min(40, x.columns[i]?.label.length * 2.2 + 6 || 12))));
	return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition for a Chinese file name (RFC 5987). */
export function attachment(fileName: string): string {
	return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
