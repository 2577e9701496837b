import { expect, test } from '@playwright/test';
import { cli, screenshots, signIn } from './helpers.ts';

/**
 * Issue 20: screenshots of every page at desktop and phone width (tests/screenshots/, looked at by
 * hand), and the things a new user tripped over that a browser can check.
 */
const PAGES = ['/overview', '/rank', '/bulletin', '/hotspots', '/groups', '/duplicates', '/quality', '/report', '/help'];

test('every page of 经办 at desktop and phone width', async ({ page }) => {
	test.setTimeout(180_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const user = await signIn(page, 'jingban', '/overview');
	for (const path of PAGES) {
		await page.goto(`${path}?region=${user.scope}`);
		await expect(page.locator('main h1').first()).toBeVisible();
		await page.waitForTimeout(400);
		await screenshots(page, `page${path.replaceAll('/', '-')}`);
	}
	expect(errors).toEqual([]);
});

test('the admin pages at desktop and phone width, times in Beijing time', async ({ page }) => {
	await signIn(page, 'admin', '/snapshots');
	await page.goto('/snapshots');
	await expect(page.getByRole('columnheader', { name: '导入时间（北京时间）' })).toBeVisible();
	// loaded_at is UTC in the database: the page shows it 8 hours later
	const newest = cli<{ as_of: string; loaded_at: string }[]>('snapshots').at(-1)!;
	const utc = new Date(`${newest.loaded_at}Z`);
	const beijing = new Date(utc.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
	await expect(page.locator(`tr[data-as-of="${newest.as_of}"]`)).toContainText(beijing);
	await screenshots(page, 'page-snapshots');
	await page.goto('/admin/audit');
	await expect(page.getByRole('columnheader', { name: '时间（北京时间）' })).toBeVisible();
	await expect(page.locator('td.query').first()).not.toContainText('=');
	await screenshots(page, 'page-admin-audit');
	await page.goto('/admin/users');
	await screenshots(page, 'page-admin-users');
});

test('a village’s 排名 says there is no lower level and offers no export or 通报', async ({ page }) => {
	type Rank = { rows: { code: string; name: string | null; value: number | null }[] };
	let code = '520302';
	while (code.length < 12) code = cli<Rank>('rank', '--region', code).rows.find((r) => r.value !== null && r.name !== null)!.code;
	await signIn(page, 'jingban', `/rank?region=${code}`);
	await expect(page.getByTestId('no-lower-level')).toContainText('没有下级地区可排名');
	await expect(page.getByRole('link', { name: '导出 Excel' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: '查看通报' })).toHaveCount(0);
	await screenshots(page, 'rank-village');
});

test('the 通报 ranking fits the sheet at 1366 and KPI cards read in 万 and link to their detail', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await signIn(page, 'lingdao', '/bulletin?region=52');
	const scroller = page.locator('.sheet .table-scroll').first();
	await expect(scroller).toBeVisible();
	const fits = await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
	expect(fits).toBe(true);
	await page.goto('/overview?region=52');
	const uninsured = page.locator('[data-metric="pension.uninsured"]');
	await expect(uninsured.getByTestId('kpi-value')).toHaveText(/万人$|^\d{1,3}(,\d{3})?人$/);
	await expect(page.locator('[data-metric="pension.coverage"] .label')).toHaveAttribute('title', /参保率 = 已参保人数 ÷ 应参保人数/);
	await uninsured.getByRole('link', { name: /查看明细/ }).click();
	await page.waitForURL((url) => url.pathname === '/hotspots');
});
