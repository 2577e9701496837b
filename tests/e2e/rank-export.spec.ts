import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { account, cli, signIn } from './helpers.ts';

type Rank = { snapshot: string; rows: { code: string; value: number | null; rank: number | null }[] };

test('排名 exports to Excel: the file reads back with the ranks and values of canbao rank', async ({ page }) => {
	const supervisor = account('duda');
	const fromCli = cli<Rank>('rank', '--region', supervisor.scope);
	await signIn(page, 'duda', `/rank?region=${supervisor.scope}`);
	await page.waitForURL((url) => url.pathname === '/rank');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	const sheet = book.getWorksheet('排名')!;
	expect(sheet.getRow(3).getCell(1).value).toBe('排名');
	const rows = [];
	for (let r = 4; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		rows.push({ rank: row.getCell(1).value, code: row.getCell(2).value, coverage: row.getCell(5).value });
	}
	expect(rows.map((r) => r.code)).toEqual(fromCli.rows.map((r) => r.code));
	expect(rows.map((r) => r.rank)).toEqual(fromCli.rows.map((r) => r.rank ?? '—'));
	expect(rows.map((r) => r.coverage)).toEqual(fromCli.rows.map((r) => r.value));
	// the API serves the same object as the CLI
	const api = await (await page.request.get(`/api/rank?region=${supervisor.scope}`)).json();
	expect(api).toEqual(fromCli);
});
