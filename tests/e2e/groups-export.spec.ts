import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function exported(page: import('@playwright/test').Page) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	const sheet = book.getWorksheet('人员名单')!;
	const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
	const header = values.findIndex((r) => r.includes('公民身份号码'));
	return { header: values[header], rows: values.slice(header + 1) };
}

test('扩面人群 list: the Excel export holds every person of the preset shown on the page, masked per role', async ({ page }) => {
	// 经办 (full access) in a county: the export has every person of the preset, ids in full
	const operator = await signIn(page, 'jingban', '/groups');
	await page.goto(`/groups?region=${operator.scope}&insurance=pension&group=unemployed`);
	const count = number(await page.getByTestId('preset-unemployed').textContent());
	expect(count).toBeGreaterThan(0);
	await expect(page.locator('table.persons tbody tr')).toHaveCount(Math.min(50, count));
	const full = await exported(page);
	expect(full.rows).toHaveLength(count);
	const idColumn = full.header.indexOf('公民身份号码');
	expect(full.rows.every((r) => /^[0-9X]{15,18}$|^.+$/.test(String(r[idColumn])) && !String(r[idColumn]).includes('*'))).toBe(true);
	// the first rows of the file are the first rows on the page
	const firstOnPage = await page.locator('table.persons tbody tr').first().locator('td').nth(2).textContent();
	expect(String(full.rows[0][idColumn])).toBe(firstOnPage);
	await screenshots(page, 'groups-county-list');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});

test('扩面人群 list: a planner exports the same persons with masked ids', async ({ page }) => {
	const planner = await signIn(page, 'guihua', '/groups');
	await page.goto(`/groups?region=${planner.scope}&insurance=pension&group=high_risk`);
	const count = number(await page.getByTestId('preset-high_risk').textContent());
	const masked = await exported(page);
	expect(masked.rows).toHaveLength(count);
	const idColumn = masked.header.indexOf('公民身份号码');
	expect(masked.rows.every((r) => String(r[idColumn]).includes('*'))).toBe(true);
});
