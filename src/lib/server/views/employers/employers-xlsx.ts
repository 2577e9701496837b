import ExcelJS from 'exceljs';
import { INSURANCES } from '../../../shared/insurances.ts';
import { streakLabel, type UnitRow } from '../../../shared/employers.ts';

/**
 * The employer list of 稽核 as an Excel workbook (an aggregate table: no person data, every role may export it).
 * Self-contained on purpose so it can move into the shared workbook helpers (src/lib/server/persons/persons-xlsx.ts).
 */
export const UNIT_EXPORT_LIMIT = 20_000;

export function unitExportHeader(): string[] {
	return [
		'序号', '单位名称', '单位编号', '单位类型', '所在地区', '职工人数', '登记人员',
		...INSURANCES.flatMap((i) => [`${i.label}已参保`, `${i.label}单位未予参保`]),
		'待改正人次', '是否连续未改正'
	];
}

export function unitExportRow(r: UnitRow, index: number): (string | number)[] {
	return [
		index + 1, r.name ?? '（单位信息缺失）', r.aab001, r.unitTypeName ?? r.unitType ?? '', r.place ? `${r.place}（${r.code}）` : r.code,
		r.headcount ?? '', r.persons,
		...r.insurances.flatMap((i) => [i.insured, i.notEnrolled]),
		r.toCorrect, streakLabel(r.streak)
	];
}

export async function unitsWorkbook(x: { about: string[]; rows: UnitRow[]; truncated: boolean }): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = '参保登记监测';
	const sheet = book.addWorksheet('稽核单位', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	sheet.addRow(['稽核重点单位名单']).font = { bold: true, size: 14 };
	for (const line of x.about) sheet.addRow([line]);
	if (x.truncated) sheet.addRow([`仅导出前 ${UNIT_EXPORT_LIMIT.toLocaleString('en-US')} 家单位，请缩小地区范围后分批导出。`]);
	sheet.addRow(['待改正人次 = 各险种中“单位未予参保人数”与“职工人数 − 已参保人数”的较大者之和。']);
	sheet.addRow([]);
	const header = sheet.addRow(unitExportHeader());
	header.font = { bold: true };
	sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
	x.rows.forEach((r, i) => sheet.addRow(unitExportRow(r, i)));
	sheet.columns.forEach((col, i) => (col.width = i === 1 ? 30 : i === 4 ? 24 : 12));
	return Buffer.from(await book.xlsx.writeBuffer());
}
