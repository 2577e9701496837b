import { expect, test } from '@playwright/test';
import { cli, screenshots, signIn } from './helpers.ts';

type Report = { snapshot: string; rows: { code: string; columns: Record<string, number | null> }[]; own: { columns: Record<string, number | null> }; total: { columns: Record<string, number | null> } };
const figure = (text: string) => Number(text.trim().replace('−', '-').replace(/[+±,]/g, ''));

test('情况表 同比: a second table of changes (now − a year earlier), checked against two CLI reports; rows + 本级 = 合计', async ({ page }) => {
	await signIn(page, 'lingdao');
	const now = cli<Report>('report', '--region', '52');
	const yearEarlier = `${Number(now.snapshot.slice(0, 4)) - 1}${now.snapshot.slice(4)}`;
	const then = cli<Report>('report', '--region', '52', '--snapshot', yearEarlier);

	await page.goto('/report?region=52');
	await expect(page.getByTestId('report-compare')).toBeVisible();
	await expect(page.getByTestId('report-changes')).toHaveCount(0); // the official table alone by default

	await page.getByTestId('report-compare').getByRole('link', { name: '同比' }).click();
	await page.waitForURL(/vs=yoy/);
	const table = page.getByTestId('report-changes');
	await expect(table).toBeVisible();
	await screenshots(page, 'report-compare');
	await expect(page.getByRole('heading', { name: /同比（较\d{4}年.季度）的变化/ })).toBeVisible();
	for (const col of ['2', '3', '9', '12']) {
		const total = figure(await table.locator(`tfoot td[data-col="${col}"]`).innerText());
		expect(total).toBe((now.total.columns[col] ?? 0) - (then.total.columns[col] ?? 0));
		const rows = await table.locator(`tbody tr td[data-col="${col}"]`).allInnerTexts();
		expect(rows.length).toBe(now.rows.length + 1); // the prefectures and the 本级 row
		expect(rows.map(figure).reduce((s, v) => s + v, 0)).toBe(total);
		const first = now.rows[0];
		const before = then.rows.find((r) => r.code === first.code)!;
		expect(figure(await table.locator(`tbody tr[data-code="${first.code}"] td[data-col="${col}"]`).innerText())).toBe((first.columns[col] ?? 0) - (before.columns[col] ?? 0));
	}
});
