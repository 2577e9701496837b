import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leagueWorkbook, LEAGUE_XLSX_HEADERS, orderText } from './league-xlsx.ts';
import type { LeagueRow } from './league.ts';

const row = (code: string, rank: number | null, coverage: number | null): LeagueRow =>
	({
		code,
		label: `地区${code}`,
		rank,
		coverage,
		delta: coverage === null ? null : 0.8,
		arrow: coverage === null ? null : 'up',
		movement: code === '520303' ? -4 : code === '520302' ? 2 : null,
		uninsured: coverage === null ? null : 10,
		gap: 0,
		verificationRate: null,
		quality: 2,
		status: coverage === null ? null : 'green'
	}) as LeagueRow;

describe('leagueWorkbook', () => {
	it('writes the rows in order with ranks, rates as percentages and missing values as —', async () => {
		const book = await leagueWorkbook({ title: '遵义市', snapshot: '2017-03-31', metricLabel: '参保率', level: 'county', rows: [row('520302', 1, 0.95), row('520303', 1, 0.95), row('520304', null, null)] });
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await book.xlsx.writeBuffer());
		const sheet = back.getWorksheet('排名')!;
		expect(sheet.getRow(3).values).toEqual([undefined, ...LEAGUE_XLSX_HEADERS]);
		expect([4, 5, 6].map((r) => sheet.getRow(r).getCell(1).value)).toEqual([1, 1, '—']);
		expect(sheet.getRow(4).getCell(5).value).toBe(0.95);
		expect(sheet.getRow(4).getCell(5).numFmt).toBe('0.0%');
		expect(sheet.getRow(6).getCell(5).value).toBeNull();
		expect(sheet.getRow(1).getCell(1).value).toBe('遵义市各县(区)参保率排名');
	});
	it('writes movement as 升/降N位, borders every cell of the table and says the order of the rows', async () => {
		const book = await leagueWorkbook({ title: '遵义市', snapshot: '2017-03-31', metricLabel: '参保率', level: 'county', rows: [row('520302', 1, 0.95), row('520303', 1, 0.95), row('520304', null, null)], sort: 'coverage', direction: 'desc' });
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await book.xlsx.writeBuffer());
		const sheet = back.getWorksheet('排名')!;
		expect([4, 5, 6].map((r) => sheet.getRow(r).getCell(8).value)).toEqual(['升2位', '降4位', '—']);
		for (const r of [3, 4, 6]) for (const c of [1, 12]) expect(sheet.getRow(r).getCell(c).border?.left?.style).toBe('thin');
		expect(String(sheet.getRow(2).getCell(1).value)).toContain('本表按参保率从高到低排列');
	});
	it('puts the 本级 row last, unranked, and says so', async () => {
		const own = { ...row('5203', null, 0.9), label: '遵义市本级', own: true } as LeagueRow;
		const book = await leagueWorkbook({ title: '遵义市', snapshot: '2017-03-31', metricLabel: '参保率', level: 'county', rows: [row('520302', 1, 0.95)], own });
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await book.xlsx.writeBuffer());
		const sheet = back.getWorksheet('排名')!;
		expect(sheet.getRow(5).getCell(1).value).toBe('不排名');
		expect(sheet.getRow(5).getCell(3).value).toBe('遵义市本级');
		expect(sheet.getRow(5).getCell(5).value).toBe(0.9);
		expect(String(sheet.getRow(2).getCell(1).value)).toContain('遵义市本级（地区代码只到本级或不在区划表中的人员）列于最后，不参与排名');
	});

	it('names the order of every sort', () => {
		expect(orderText('rank', 'asc', '参保率')).toBe('按排名从前到后排列');
		expect(orderText('uninsured', 'asc', '参保率')).toBe('按应参未参人数从低到高排列');
		expect(orderText('value', 'desc', '全民参保登记率')).toBe('按全民参保登记率从高到低排列');
	});
});
