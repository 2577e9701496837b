import type ExcelJS from 'exceljs';
import { A4_LANDSCAPE, newWorkbook } from '../../excel/workbook.ts';
import type { Scorecard } from '../../../shared/scorecard.ts';
import { chineseDate } from '../../../shared/format.ts';

/** The scorecard as Excel: rank, composite, each indicator's value (as %) and score, and the persons to enrol; missing as —. */
export async function scorecardWorkbook(card: Scorecard, title: string): Promise<ExcelJS.Workbook> {
	const book = newWorkbook();
	const sheet = book.addWorksheet('考核', { pageSetup: A4_LANDSCAPE });
	sheet.addRow([`${title}下级地区全民参保登记考核得分`]).font = { bold: true, size: 14 };
	sheet.addRow([`数据截至${chineseDate(card.snapshot)}；综合得分 = Σ权重×得分 ÷ 有数据指标的权重之和；并列者名次相同；— 为无法计算`]);
	const head = ['名次', '地区代码', '地区', '综合得分', '计入权重'];
	for (const i of card.indicators) head.push(`${i.label}（权重${i.weight}）`, `${i.label}得分`);
	head.push('养老距目标差人数', '医疗距目标差人数');
	sheet.addRow(head).font = { bold: true };
	for (const r of card.rows) {
		const cells: (string | number | null)[] = [r.rank ?? '—', r.code, r.name ?? r.code, r.composite === null ? '—' : Number(r.composite.toFixed(1)), r.weightCovered];
		for (const i of r.indicators) cells.push(i.value ?? '—', i.score === null ? '—' : Number(i.score.toFixed(1)));
		cells.push(r.gap.pension ?? '—', r.gap.medical ?? '—');
		const row = sheet.addRow(cells);
		row.getCell(5).numFmt = '0%';
		r.indicators.forEach((_, n) => (row.getCell(6 + n * 2).numFmt = '0.0%'));
	}
	sheet.views = [{ state: 'frozen', ySplit: 3 }];
	return book;
}
