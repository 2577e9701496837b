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
	const sheet = book.addWorksheet('人员名单');
	sheet.addRow([x.title]).font = { bold: true, size: 14 };
	for (const line of x.about) sheet.addRow([line]);
	if (x.truncatedAt) sheet.addRow([`仅导出前 ${x.truncatedAt.toLocaleString('en-US')} 行，请缩小范围后分批导出。`]);
	sheet.addRow([]);
	const header = sheet.addRow(x.columns.map((c) => c.label));
	header.font = { bold: true };
	for (const row of x.rows) sheet.addRow(x.columns.map((c) => row[c.key] ?? ''));
	sheet.columns.forEach((col, i) => (col.width = Math.max(10, Math.min(40, x.columns[i]?.label.length * 2.2 + 6 || 12))));
	return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition for a Chinese file name (RFC 5987). */
export function attachment(fileName: string): string {
	return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
