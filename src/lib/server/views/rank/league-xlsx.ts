import type ExcelJS from 'exceljs';
import { A4_LANDSCAPE, borderOf, newWorkbook } from '../../excel/workbook.ts';
import type { LeagueColumn, LeagueRow, SortDirection } from './league.ts';
import { LEVEL_LABELS, type RegionLevel } from '../../../shared/region-code.ts';
import { chineseDate, rankMovement } from '../../../shared/format.ts';

/**
 * The league table as an Excel workbook: the same rows and ranks as the page (never renumbered),
 * rates as Excel percentages, missing values as empty cells with “—”, status as 达标/预警/未达标,
 * movement as 升N位/降N位, thin borders on the table, and a line saying the order of the rows (they
 * follow the page's sort).
 */
const SORT_LABELS: Record<LeagueColumn, string> = {
	rank: '排名', name: '地区', value: '排名指标', coverage: '参保率', delta: '较上期', movement: '名次变化',
	uninsured: '应参未参人数', gap: '距目标差人数', verification: '入户核实进度', quality: '数据质量问题'
};

/** "按参保率从高到低排列" / "按排名从前到后排列": the order the rows are in. */
export function orderText(sort: LeagueColumn, direction: SortDirection, metricLabel: string): string {
	const label = sort === 'value' ? metricLabel : SORT_LABELS[sort];
	if (sort === 'rank') return `按排名${direction === 'asc' ? '从前到后' : '从后到前'}排列`;
	if (sort === 'name') return `按地区名称${direction === 'asc' ? '顺序' : '倒序'}排列`;
	return `按${label}从${direction === 'asc' ? '低到高' : '高到低'}排列`;
}
const BORDER = borderOf('FF9AA0A6');
export const LEAGUE_XLSX_HEADERS = ['排名', '地区代码', '地区', '数据质量问题', '参保率', '较上期(个百分点)', '变化', '名次变化', '应参未参人数', '距目标差人数', '入户核实进度', '状态'];

const STATUS_TEXT = { green: '达标', amber: '预警', red: '未达标' } as const;
const ARROW_TEXT = { up: '↑', down: '↓' } as const;

export async function leagueWorkbook(input: {
	title: string;
	snapshot: string;
	metricLabel: string;
	level: RegionLevel | null;
	rows: LeagueRow[];
	/** the 本级 row: below the ranked rows, rank "不排名" (docs/spec/METRICS.md) */
	own?: LeagueRow | null;
	/** the sort of the page the rows follow (default: by rank) */
	sort?: LeagueColumn;
	direction?: SortDirection;
	/** what the change and movement compare with (URL `vs`; default 较上期): its header and the note line */
	comparison?: { short: string; label: string; vs: string | null };
}): Promise<ExcelJS.Workbook> {
	const book = newWorkbook();
	const sheet = book.addWorksheet('排名', { pageSetup: A4_LANDSCAPE });
	sheet.addRow([`${input.title}各${input.level ? LEVEL_LABELS[input.level] : '地区'}${input.metricLabel}排名`]).font = { bold: true, size: 14 };
	const order = orderText(input.sort ?? 'rank', input.direction ?? 'asc', input.metricLabel);
	sheet.addRow([`数据截至${chineseDate(input.snapshot)}；排名为并列排名（如 1、2、2、4），无数据的地区不参与排名${input.own ? `；${input.own.label}（地区代码只到本级或不在区划表中的人员）列于最后，不参与排名` : ''}；本表${order}（与页面排序相同）${input.comparison?.vs ? `；参保率变化和名次变化为${input.comparison.label}：与${chineseDate(input.comparison.vs)}相比` : ''}`]);
	const headers = LEAGUE_XLSX_HEADERS.map((h, i) => (i === 5 && input.comparison ? `${input.comparison.short}(个百分点)` : h));
	const header = sheet.addRow(headers);
	header.font = { bold: true };
	header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	header.eachCell((cell) => {
		cell.border = BORDER;
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
	});
	const rows = input.own ? [...input.rows, input.own] : input.rows;
	for (const r of rows) {
		const row = sheet.addRow([
			r.own ? '不排名' : (r.rank ?? '—'),
			r.code,
			r.label,
			r.quality,
			r.coverage,
			r.delta === null ? null : Number(r.delta.toFixed(2)),
			r.arrow ? ARROW_TEXT[r.arrow] : '',
			rankMovement(r.movement),
			r.uninsured,
			r.gap,
			r.verificationRate,
			r.status ? STATUS_TEXT[r.status] : '—'
		]);
		row.getCell(5).numFmt = '0.0%';
		row.getCell(11).numFmt = '0.0%';
		row.getCell(9).numFmt = '#,##0';
		row.getCell(10).numFmt = '#,##0';
		for (let c = 1; c <= LEAGUE_XLSX_HEADERS.length; c++) row.getCell(c).border = BORDER;
		if (r.own) row.getCell(3).note = '地区代码只到本级或不在区划表中的人员';
	}
	sheet.columns.forEach((c, i) => (c.width = [6, 14, 24, 12, 10, 14, 6, 10, 14, 14, 12, 8][i]));
	sheet.views = [{ state: 'frozen', ySplit: 3 }];
	return book;
}
