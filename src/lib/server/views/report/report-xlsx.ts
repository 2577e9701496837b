import type ExcelJS from 'exceljs';
import { A4_LANDSCAPE, BORDER, newWorkbook } from '../../excel/workbook.ts';
import type { ReportView } from '../../metrics/report.ts';
import {
	REPORT_COLUMN_NAMES,
	REPORT_GROUPS,
	REPORT_INSURANCE_GROUPS,
	REPORT_NOTE,
	REPORT_TITLE,
	quarterLabel
} from '../../../shared/report-layout.ts';
import { ownLabel, OWN_EXPLANATION } from '../../../shared/own-row.ts';

const COLUMNS = Array.from({ length: 17 }, (_, i) => String(i + 1));

/** The 情况表 in the official layout of 41号 附件3, plus a sheet of logic checks. */
export async function reportWorkbook(report: ReportView): Promise<ExcelJS.Workbook> {
	const book = newWorkbook();
	const sheet = book.addWorksheet('情况表', { pageSetup: A4_LANDSCAPE });
	const last = 18; // column A (地区) + 17 figures
	sheet.mergeCells(1, 1, 1, last);
	sheet.getCell(1, 1).value = REPORT_TITLE;
	sheet.getCell(1, 1).font = { size: 16, bold: true };
	sheet.getCell(1, 1).alignment = { horizontal: 'center' };
	sheet.mergeCells(2, 1, 2, 6);
	sheet.getCell(2, 1).value = `填报单位：${report.region.name ?? report.region.code}`;
	sheet.mergeCells(2, 7, 2, 13);
	sheet.getCell(2, 7).value = quarterLabel(report.snapshot);
	sheet.getCell(2, 7).alignment = { horizontal: 'center' };
	sheet.mergeCells(2, 14, 2, last);
	sheet.getCell(2, 14).value = '单位：人';
	sheet.getCell(2, 14).alignment = { horizontal: 'right' };

	header(sheet, 3, 1, 5, 1, '地区');
	for (const group of REPORT_GROUPS) {
		header(sheet, 3, col(group.columns[0]), 3, col(group.columns[group.columns.length - 1]), group.label);
	}
	for (const n of ['1', '2', '3', '4', '5', '6', '7', '8']) header(sheet, 4, col(n), 5, col(n), REPORT_COLUMN_NAMES[n]);
	for (const group of REPORT_INSURANCE_GROUPS) {
		header(sheet, 4, col(group.columns[0]), 4, col(group.columns[group.columns.length - 1]), group.label);
		for (const n of group.columns) header(sheet, 5, col(n), 5, col(n), REPORT_COLUMN_NAMES[n]);
	}
	header(sheet, 6, 1, 6, 1, '甲');
	for (const n of COLUMNS) header(sheet, 6, col(n), 6, col(n), n);

	let r = 7;
	const noData = new Set(report.noData);
	for (const row of report.rows) {
		const name = row.name ?? row.code;
		dataRow(sheet, r++, noData.has(row.code) ? `${name}（无数据）` : name, row.columns);
	}
	// the 本级 row before 合计 (docs/spec/METRICS.md): rows + 本级 = 合计 in every column
	dataRow(sheet, r++, ownLabel(report.region), report.own.columns);
	dataRow(sheet, r++, '合计', report.total.columns, true);

	sheet.mergeCells(r + 1, 1, r + 1, last);
	sheet.getCell(r + 1, 1).value = `${REPORT_NOTE}${ownLabel(report.region)}：${OWN_EXPLANATION}。`;
	sheet.getCell(r + 3, 1).value = '处(科)负责人签章：';
	sheet.getCell(r + 3, 6).value = '单位负责人签章：';
	sheet.getCell(r + 3, 11).value = '填表人签章：';
	sheet.getCell(r + 3, 15).value = '报出日期：    年  月  日';
	sheet.getColumn(1).width = 24;
	for (let c = 2; c <= last; c++) sheet.getColumn(c).width = 11;
	sheet.getRow(5).height = 60;

	const checks = book.addWorksheet('逻辑校验');
	checks.addRow(['规则', '行', '结果', '说明']).font = { bold: true };
	for (const check of report.checks) checks.addRow([check.rule, check.row === 'total' ? '合计' : check.row === 'own' ? ownLabel(report.region) : check.row, check.ok ? '通过' : '未通过', check.detail]);
	checks.columns.forEach((c, i) => (c.width = [30, 14, 8, 60][i]));
	return book;
}

export async function writeReportXlsx(report: ReportView, path: string): Promise<void> {
	await (await reportWorkbook(report)).xlsx.writeFile(path);
}

function col(n: string): number {
	return Number(n) + 1;
}

function header(sheet: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number, text: string): void {
	if (r1 !== r2 || c1 !== c2) sheet.mergeCells(r1, c1, r2, c2);
	const cell = sheet.getCell(r1, c1);
	cell.value = text;
	cell.font = { bold: true };
	cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) sheet.getCell(r, c).border = BORDER;
}

function dataRow(sheet: ExcelJS.Worksheet, r: number, name: string, columns: Record<string, number | null>, bold = false): void {
	sheet.getCell(r, 1).value = name;
	for (const n of COLUMNS) sheet.getCell(r, col(n)).value = columns[n];
	for (let c = 1; c <= 18; c++) {
		const cell = sheet.getCell(r, c);
		cell.border = BORDER;
		if (bold) cell.font = { bold: true };
		if (c > 1) cell.numFmt = '#,##0';
	}
}
