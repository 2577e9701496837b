import { expect, test, type Page } from '@playwright/test';
import { cli, signIn } from './helpers.ts';

/**
 * Issue 20: 总览 threw "Cannot read properties of null (reading '0')" in ECharts' resize during
 * create, about 5 loads in 20. Here 总览 is loaded 30 times (each role, desktop and phone widths,
 * a width change while the charts are being created, drill down and breadcrumb back) and every
 * console error and uncaught page error is collected: there must be none.
 */
const WIDTHS = [
	{ width: 1366, height: 768 },
	{ width: 390, height: 844 }
];

async function collect(page: Page): Promise<string[]> {
	// a slow phone: chart creation and resize callbacks interleave as they do on the 1M demo
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	return errors;
}

async function settled(page: Page) {
	await expect(page.locator('[data-metric]').first()).toBeVisible();
	await expect(page.locator('.chart[data-ready="true"]').first()).toBeVisible();
	await page.waitForTimeout(150);
}

for (const username of ['lingdao', 'duda', 'duda_xiang', 'guihua', 'jingban', 'admin']) {
	test(`总览 without script errors: ${username}`, async ({ page }) => {
		const errors = await collect(page);
		const user = await signIn(page, username, '/overview');
		let loads = 0;
		for (const size of WIDTHS) {
			await page.setViewportSize(size);
			await page.goto(`/overview?region=${user.scope}`);
			await settled(page);
			loads++;
			// a width change while the charts are still being created
			const other = WIDTHS.find((w) => w !== size)!;
			await page.reload();
			await page.setViewportSize(other);
			await page.setViewportSize(size);
			await settled(page);
			loads++;
		}
		expect(loads).toBe(4);
		expect(errors).toEqual([]);
	});
}

test('总览 drill down to a village and back with the breadcrumb without script errors', async ({ page }) => {
	const errors = await collect(page);
	const leader = await signIn(page, 'lingdao', '/overview');
	// the path down the first child with data at each level (found through the CLI)
	type Rank = { rows: { code: string; value: number | null }[] };
	const trail = [leader.scope];
	while (trail[trail.length - 1].length < 12) {
		const child = cli<Rank>('rank', '--region', trail[trail.length - 1]).rows.find((r) => r.value !== null);
		if (!child) break;
		trail.push(child.code);
	}
	expect(trail.length).toBeGreaterThanOrEqual(4);
	for (const [i, size] of WIDTHS.entries()) {
		await page.setViewportSize(size);
		for (const code of trail.slice(1)) {
			await page.goto(`/overview?region=${code}`);
			await settled(page);
		}
		// back up one level at a time with the breadcrumb (client-side navigation)
		for (let level = trail.length - 2; level >= (i === 0 ? 1 : 0); level--) {
			await page.getByRole('navigation', { name: '地区层级' }).getByRole('link').nth(level).click();
			await page.waitForURL((url) => url.searchParams.get('region') === trail[level]);
			await settled(page);
		}
	}
	expect(errors).toEqual([]);
});
