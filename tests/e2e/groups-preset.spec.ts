import { expect, test } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { E2E } from './global-setup.ts';
import { hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

/** An independent count straight from the persons rows (not the aggregates, not the expansion_groups macro). */
async function sql(query: string, params: Record<string, string>): Promise<number> {
	const instance = await DuckDBInstance.create(E2E.db, { access_mode: 'READ_ONLY' });
	const connection = await instance.connect();
	try {
		const reader = await connection.runAndReadAll(query, params);
		return Number(reader.getRows()[0][0]);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('扩面人群: the 农民工 preset count equals a SQL count over persons, and the cross-tab pivots', async ({ page }) => {
	const planner = await signIn(page, 'guihua', '/groups');
	await page.goto(`/groups?region=${planner.scope}&insurance=pension`);
	const latest = await page.locator('select').first().inputValue();
	// docs/spec/METRICS.md 农民工: 应参未参 (AIC003 91/92/94) with agricultural hukou (20, 21, 22) and employment 1 or 2
	const expected = await sql(
		`SELECT count(*) FROM persons WHERE as_of = $as_of::DATE AND starts_with(coalesce(aab301, (SELECT scope FROM snapshots WHERE as_of = $as_of::DATE)), $region)
			AND trim(aic003) IN ('91', '92', '94') AND trim(aac009) IN ('20', '21', '22') AND trim(employment) IN ('1', '2')`,
		{ as_of: latest, region: planner.scope }
	);
	expect(expected).toBeGreaterThan(0);
	expect(number(await page.getByTestId('preset-migrant').textContent())).toBe(expected);

	// choosing the preset narrows the cross-tab to it: its total is the same count
	await page.locator('[data-group="migrant"]').click();
	await expect(page).toHaveURL(/group=migrant/);
	await expect(page.getByTestId('crosstab-total')).toHaveText(expected.toLocaleString('en-US'));

	// region × age band: prefectures down the side, age bands across
	const table = page.locator('table.xtab');
	const header = () => table.locator('thead th').allTextContents();
	const rowLabels = () => table.locator('tbody th, tfoot th').allTextContents();
	expect((await header()).slice(1, -1)).toContain('30-44岁');
	const prefectures = (await rowLabels()).slice(0, -1);
	expect(prefectures.length).toBeGreaterThan(3);
	const cell = async (row: string, col: string) => {
		const cols = await header();
		return table.locator('tbody tr', { has: page.locator(`th:text-is("${row}"), th > a:text-is("${row}")`) }).locator('td').nth(cols.indexOf(col) - 1).textContent();
	};
	const bands = (await header()).slice(1, -1);
	const before = await cell(prefectures[0], '30-44岁');

	// 行列互换 pivots in the browser: age bands down the side, the same prefectures across, same figures
	await page.getByRole('button', { name: /行列互换/ }).click();
	await expect.poll(async () => (await rowLabels()).slice(0, -1)).toEqual(bands);
	expect((await header()).slice(1, -1)).toEqual(prefectures);
	expect(await cell('30-44岁', prefectures[0])).toBe(before);
	await expect(page.getByTestId('crosstab-total')).toHaveText(expected.toLocaleString('en-US'));

	// a different cut goes to the server: 性别 across
	await page.getByLabel('列', { exact: true }).selectOption('sex');
	await expect(page).toHaveURL(/cols=sex/);
	await expect(table.locator('thead th').nth(1)).toHaveText(/性/);
	await expect(page.getByTestId('crosstab-total')).toHaveText(expected.toLocaleString('en-US'));
	await expect(page.locator('.chart[data-ready] svg').first()).toBeVisible();
	await screenshots(page, 'groups-explorer');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
