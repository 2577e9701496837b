import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Report = { snapshot: string; region: { name: string }; rows: { code: string; name: string | null; columns: Record<string, number | null> }[]; own: { columns: Record<string, number | null> }; total: { columns: Record<string, number | null> }; checks: { ok: boolean }[] };

test('情况表: the page shows canbao report figures, and the Excel export holds the same in the 附件3 layout', async ({ page }) => {
	const leader = await signIn(page, 'lingdao', '/report');
	const fromCli = cli<Report>('report', '--region', leader.scope);
	await page.goto(`/report?region=${leader.scope}`);
	const total = page.locator('table.report tr.total td');
	for (const n of ['2', '3', '9', '10', '17']) {
		await expect(total.nth(Number(n) - 1)).toHaveText((fromCli.total.columns[n] ?? 0).toLocaleString('en-US'));
	}
	await expect(page.getByText('本期报送截止')).toBeVisible();
	const failed = fromCli.checks.filter((c) => !c.ok).length;
	if (failed) await expect(page.getByText(`逻辑校验有 ${failed} 项未通过`)).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	const sheet = book.getWorksheet('情况表')!;
	expect(sheet.getCell(1, 1).value).toBe('全民参保登记基础数据情况表');
	expect(sheet.getCell(6, 1).value).toBe('甲');
	// rows in the order of the page, then the 本级 row, then 合计; every figure as the page and the CLI show it
	const shownTotal = await total.allTextContents();
	const ownRow = 7 + fromCli.rows.length;
	expect(sheet.getCell(ownRow, 1).value).toBe(`${fromCli.region.name}本级`);
	for (let c = 1; c <= 17; c++) expect(sheet.getCell(ownRow, c + 1).value).toBe(fromCli.own.columns[String(c)]);
	const last = ownRow + 1;
	expect(sheet.getCell(last, 1).value).toBe('合计');
	for (let c = 1; c <= 17; c++) {
		const value = sheet.getCell(last, c + 1).value as number | null;
		expect(value).toBe(fromCli.total.columns[String(c)]);
		expect(value === null ? '—' : value.toLocaleString('en-US')).toBe(shownTotal[c - 1]);
	}
	const first = fromCli.rows[0];
	expect(sheet.getCell(7, 3).value).toBe(first.columns['2']);
	expect(book.getWorksheet('逻辑校验')!.rowCount).toBe(fromCli.checks.length + 1);

	await screenshots(page, 'report-province');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
