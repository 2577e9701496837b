import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { attachment, personsWorkbook } from './persons-xlsx.ts';

describe('person list workbook', () => {
	it('writes the title, what was asked, the header and the rows', async () => {
		const buffer = await personsWorkbook({
			title: '扩面人群名单',
			about: ['地区：贵州省'],
			columns: [{ key: 'aac003', label: '姓名' }, { key: 'n', label: '人数' }],
			rows: [{ aac003: '张*明', n: 3 }]
		});
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(buffer as unknown as ArrayBuffer);
		const sheet = book.getWorksheet('人员名单')!;
		const values = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).filter((v) => v !== undefined));
		expect(values).toEqual([['扩面人群名单'], ['地区：贵州省'], ['姓名', '人数'], ['张*明', 3]]);
		// fit for printing: A4 landscape, one page wide, the header row (row 4) repeated, every cell bordered
		expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '4:4' });
		expect([sheet.getCell(4, 1).border?.top?.style, sheet.getCell(5, 2).border?.right?.style]).toEqual(['thin', 'thin']);
		expect(sheet.getCell(1, 1).border?.top).toBeUndefined();
	});

	it('encodes a Chinese file name', () => {
		expect(attachment('名单.xlsx')).toContain("filename*=UTF-8''%E5%90%8D%E5%8D%95.xlsx");
	});
});
