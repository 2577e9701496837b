import ExcelJS from 'exceljs';
import type { LeagueRow } from './league.ts';
import { LEVEL_LABELS, type RegionLevel } from '../../../shared/region-code.ts';
import { chineseDate } from '../../../shared/format.ts';

/**
 * The league table as an Excel workbook: the same rows and ranks as the page (never renumbered),
 * rates as Excel percentages, missing values as empty cells with “—”, status as 达标/预警/未达标.
 */
export const LEAGUE_XLSX_HEADERS = ['排名', '地区代码', '地区', '数据质量问题', '参保率', '较上期(个百分点)', '变化', '名次变化', '应参未参人数', '距目标差人数', '入户核实进度', '状态'];

const STATUS_TEXT = { green: '达标', amber: '预警', red: '未达标' } as const;
const ARROW_TEXT = { up: '↑', down: '↓' } as const;

export async function leagueWorkbook(input: {
	title: string;
	snapshot: string;
	metricLabel: string;
	level: RegionLevel | null;
	rows: LeagueRow[];
}): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	book.creator = '参保登记监测';
	const sheet = book.addWorksheet('排名', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true } });
	sheet.addRow([`${input.title}各${input.level ? LEVEL_LABELS[input.level] : '地区'}${input.metricLabel}排名`]).font = { bold: true, size: 14 };
	sheet.addRow([`数据截至${chineseDate(input.snapshot)}；排名为并列排名（如 1、2、2、4），无数据的地区不参与排名`]);
	const header = sheet.addRow(LEAGUE_XLSX_HEADERS);
	header.font = { bold: true };
	for (const r of input.rows) {
		const row = sheet.addRow([
			r.rank ?? '—',
			r.code,
			r.label,
			r.quality,
			r.coverage,
			r.delta === null ? null : Number(r.delta.toFixed(2)),
			r.arrow ? ARROW_TEXT[r.arrow] : '',
			r.movement,
			r.uninsured,
			r.gap,
			r.verificationRate,
			r.status ? STATUS_TEXT[r.status] : '—'
		]);
		row.getCell(5).numFmt = '0.0%';
		row.getCell(11).numFmt = '0.0%';
		row.getCell(9).numFmt = '#,##0';
		row.getCell(10).numFmt = '#,##0';
	}
	sheet.columns.forEach((c, i) => (c.width = [6, 14, 24, 12, 10, 14, 6, 10, 14, 14, 12, 8][i]));
	sheet.views = [{ state: 'frozen', ySplit: 3 }];
	return book;
}
