import { expect, test } from '@playwright/test';
import { account, screenshots } from './helpers.ts';
import { browserSignIn, FULL_ID, freshAccount } from './security-routes.ts';
import { E2E } from './global-setup.ts';

/**
 * 单位稽核 (issue 17 item 3): an employer of the township's staff list is masked for the township's 督导 and
 * in full for a 经办; only the staff registered inside the viewer's region are listed.
 */
async function firstValue(sql: string): Promise<unknown[]> {
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const instance = await DuckDBInstance.create(E2E.db, { access_mode: 'READ_ONLY' });
	try {
		const reader = await (await instance.connect()).runAndReadAll(sql);
		return reader.getRows()[0] ?? [];
	} finally {
		instance.closeSync();
	}
}

test('an employer staff list: masked for a 督导, full for a 经办, inside the region only', async ({ page, browser }) => {
	const township = account('duda_xiang').scope;
	// independent of the page: the employer of the township with the most staff registered inside it (latest snapshot)
	const [aab001, inside] = (await firstValue(`
		WITH latest AS (SELECT max(as_of) AS d FROM snapshots)
		SELECT p.aab001, count(*) FROM persons p, latest
		WHERE p.as_of = latest.d AND starts_with(p.code, '${township}')
			AND p.aab001 IN (SELECT aab001 FROM agg_unit, latest WHERE as_of = latest.d AND starts_with(code, '${township}'))
		GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`)) as [string, bigint];
	expect(aab001).toBeTruthy();
	const path = `/employers/${aab001}?region=${township}`;

	await browserSignIn(page, 'duda_xiang', path);
	await page.goto(path);
	await expect(page.getByTestId('unit-insurances').locator('tbody tr')).toHaveCount(5);
	const list = page.locator('main table').last();
	await expect(list.locator('tbody tr')).toHaveCount(Math.min(Number(inside), 50));
	expect((await page.locator('main').innerText()).match(FULL_ID) ?? []).toEqual([]);
	await expect(list.locator('tbody tr').first()).toContainText('*');
	await screenshots(page, 'employer-supervisor');

	const password = 'E2e-employers-Pa55word';
	freshAccount('e2e_unit_jingban', 'operator', township.slice(0, 6), password);
	const operator = await browser.newPage();
	await expect(async () => {
		await operator.goto(`/login?next=${encodeURIComponent(path)}`);
		await operator.getByLabel('用户名').fill('e2e_unit_jingban');
		await operator.getByLabel('密码').fill(password);
		await operator.getByRole('button', { name: '登录' }).click();
		await operator.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 8_000 });
	}).toPass({ timeout: 45_000 });
	await operator.goto(path);
	const full = operator.locator('main table').last();
	await expect(full.locator('tbody tr')).toHaveCount(Math.min(Number(inside), 50));
	expect(((await full.innerText()).match(FULL_ID) ?? []).length).toBe(Math.min(Number(inside), 50));

	// a region the employer does not lie in: not found
	expect((await operator.goto(`/employers/${aab001}?region=${township.slice(0, 6)}999`))?.status()).toBeGreaterThanOrEqual(400);
});
