import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { BORDER, newWorkbook, PAGE_FOOTER, printSetup, sheetName } from '../../excel/workbook.ts';
import {
	packPersons,
	regionLineText,
	registrationForm,
	sectionTitle,
	SUMMARY_COLUMNS,
	summaryRow,
	type Box,
	type PackPerson,
	type PackSection,
	type SurveyPack
} from '../../../shared/survey-form.ts';

/**
 * The 入户调查 pack as Excel, for A4: sheet 全民参保登记表 holds one 44号 附件1 form per person, grouped
 * by household, each on its own page; then one 个人基础信息汇总表 (附件2) sheet per village, landscape,
 * fit to the page width, its two header rows repeated on every page, every cell bordered.
 */
const FORM_COLUMNS = 8;

export async function packWorkbook(pack: SurveyPack): Promise<Buffer> {
	const book = newWorkbook();
	const forms = book.addWorksheet('全民参保登记表', { pageSetup: printSetup('portrait') });
	forms.columns = [14, 12, 12, 12, 12, 12, 12, 12].map((width) => ({ width }));
	forms.headerFooter.oddFooter = PAGE_FOOTER;
	for (const section of pack.sections) {
		for (const household of section.households) {
			for (const person of household.persons) addForm(forms, section, person, household.persons.length);
		}
	}
	const names = new Set<string>(['全民参保登记表']);
	for (const section of pack.sections) addSummary(book, section, pack.snapshot, sheetName(`汇总表-${sectionTitle(section)}`, names));
	return Buffer.from(await book.xlsx.writeBuffer());
}

export async function writePackXlsx(pack: SurveyPack, file: string): Promise<void> {
	await writeFile(file, await packWorkbook(pack));
}

const box = (b: Box) => `${b.ticked ? '☑' : '☐'}${b.label}${b.ticked && b.note ? `（${b.note}）` : ''}`;
const boxes = (list: Box[]) => list.map(box).join('  ');

function addForm(sheet: ExcelJS.Worksheet, section: PackSection, p: PackPerson, size: number): void {
	const f = registrationForm(p);
	const line = regionLineText(section.regionLine);
	const household = p.household ? `家庭编号：${p.household}（本户 ${size} 人）` : '家庭编号：（未填写，单独一户）';
	const full = (text: string, options: { bold?: boolean; size?: number; center?: boolean; height?: number } = {}) => {
		const row = sheet.addRow([text]);
		sheet.mergeCells(row.number, 1, row.number, FORM_COLUMNS);
		row.getCell(1).font = { bold: options.bold, size: options.size ?? 10.5 };
		row.getCell(1).alignment = { horizontal: options.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
		if (options.height) row.height = options.height;
		return row;
	};
	const field = (label: string, value: string, height = 22) => {
		const row = sheet.addRow([label, value]);
		sheet.mergeCells(row.number, 2, row.number, FORM_COLUMNS);
		row.getCell(1).font = { bold: true, size: 10.5 };
		row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
		row.getCell(2).alignment = { vertical: 'middle', wrapText: true };
		row.height = height;
		return row;
	};
	full('全民参保登记表', { bold: true, size: 16, center: true, height: 30 });
	full(`${line}    行政区划代码：${p.code}`, { height: 30 });
	full(household, { height: 18 });
	const first = sheet.rowCount + 1;
	const names = sheet.addRow(['姓名', p.aac003 ?? '', '', '公民身份号码', p.aac002 ?? '']);
	sheet.mergeCells(names.number, 2, names.number, 3);
	sheet.mergeCells(names.number, 5, names.number, FORM_COLUMNS);
	names.getCell(1).font = { bold: true };
	names.getCell(4).font = { bold: true };
	names.height = 22;
	field('就业状态', `${box(f.employment[0])}    工作单位全称：${f.unitName || '＿＿＿＿＿＿＿＿'}`);
	field('', `2. 无单位：${boxes(f.employment.slice(1))}`, 30);
	field('户口所在地', p.aac010 ?? '');
	field('常住所在地地址', p.aae006 ?? '', 30);
	field('联系电话（手机）', p.aae005 ?? '');
	field('现参保情况', `养老保险：${boxes(f.pension)}`, 44);
	field('', `医疗保险：${boxes(f.medical)}`, 44);
	field('', boxes(f.single));
	field('未参保原因', boxes(f.reasons), 30);
	field('异地参保', boxes(f.elsewhere));
	full('本人声明：我已知悉本表告知事项，并据实填写本人相关事项。', { height: 24 });
	full('本人/监护人/指定代理人签名：＿＿＿＿＿＿＿＿        年    月    日', { height: 30 });
	full('调查员：＿＿＿＿＿＿＿＿    复核人：＿＿＿＿＿＿＿＿    调查日期：    年    月    日', { height: 26 });
	const last = sheet.rowCount;
	for (let r = first; r <= last; r++) for (let c = 1; c <= FORM_COLUMNS; c++) sheet.getCell(r, c).border = BORDER;
	const notes = full('备注：1. 登记对象为无独立民事行为能力人时，本表由其监护人签字确认；2. 由指定代理人签字确认的，需由登记对象本人或其所在社区、村出具书面委托书或证明；3. 对本表打印信息有疑义的，请及时到本人户籍所在地的乡镇（街道）社区社会保障所办理信息核实及维护；4. 相关信息发生变化的，请到户籍所在地的乡镇（街道）社区社会保障所办理变更。', { size: 9, height: 54 });
	notes.addPageBreak();
}

function addSummary(book: ExcelJS.Workbook, section: PackSection, snapshot: string, name: string): void {
	const sheet = book.addWorksheet(name, { pageSetup: printSetup('landscape', '3:4') });
	sheet.headerFooter.oddFooter = PAGE_FOOTER;
	sheet.columns = [5, 9, 20, 16, 10, 18, 24, 13, 11, 12, 10, 10, 10].map((width) => ({ width }));
	const title = sheet.addRow(['全民参保登记个人基础信息汇总表']);
	sheet.mergeCells(1, 1, 1, SUMMARY_COLUMNS.length);
	title.getCell(1).font = { bold: true, size: 15 };
	title.getCell(1).alignment = { horizontal: 'center' };
	const where = sheet.addRow([`${section.regionLine.filter(Boolean).join(' ')}（${section.code}）    快照：${snapshot}    共 ${packPersons(section).length} 人、${section.households.length} 户`]);
	sheet.mergeCells(2, 1, 2, SUMMARY_COLUMNS.length);
	where.getCell(1).alignment = { horizontal: 'left' };
	const top = sheet.addRow(['序号', '姓名', '公民身份号码', '就业状态', '', '户口所在地', '常住地地址', '联系电话（手机）', '现参保情况', '', '', '', '']);
	const sub = sheet.addRow(['', '', '', '单位全称', '无单位', '', '', '', '养老', '医疗', '工伤', '失业', '生育']);
	for (const c of [1, 2, 3, 6, 7, 8]) sheet.mergeCells(3, c, 4, c);
	sheet.mergeCells(3, 4, 3, 5);
	sheet.mergeCells(3, 9, 3, 13);
	for (const row of [top, sub]) {
		row.font = { bold: true };
		row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	}
	let n = 0;
	for (const household of section.households) {
		for (const person of household.persons) {
			const row = sheet.addRow(summaryRow(person, ++n));
			row.alignment = { vertical: 'middle', wrapText: true };
			row.getCell(3).numFmt = '@';
		}
	}
	for (let r = 3; r <= sheet.rowCount; r++) for (let c = 1; c <= SUMMARY_COLUMNS.length; c++) sheet.getCell(r, c).border = BORDER;
	sheet.addRow([]);
	const sign = sheet.addRow(['复核人：', '', '', '', '负责人：', '', '', '填报时间：    年    月    日']);
	sign.font = { bold: true };
}
