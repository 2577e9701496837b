import { expect, test, type Page } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Rank = { rows: { code: string; name: string | null; value: number | null }[] };

/** A child with data and a short name (chart labels of long names are truncated). */
function childOf(region: string): { code: string; name: string } {
	const rows = cli<Rank>('rank', '--region', region).rows.filter((r) => r.value !== null && r.name && r.name.length <= 6);
	if (!rows.length) throw new Error(`no child with data under ${region}`);
	return rows[0] as { code: string; name: string };
}

async function clickChartText(page: Page, chart: string, name: string) {
	const text = page.locator(`.chart[aria-label*="${chart}"] svg text`, { hasText: name }).first();
	await expect(text).toBeVisible();
	await text.click({ force: true });
}

test('click the map and the bars down to a township, and back up with the breadcrumb', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	await page.goto(`/overview?region=${leader.scope}`);

	const prefecture = childOf(leader.scope);
	await clickChartText(page, '地图', prefecture.name);
	await page.waitForURL((url) => url.searchParams.get('region') === prefecture.code);
	await expect(page.locator('h1')).toContainText(prefecture.name);

	const county = childOf(prefecture.code);
	await clickChartText(page, '条形图', county.name);
	await page.waitForURL((url) => url.searchParams.get('region') === county.code);

	const township = childOf(county.code);
	await clickChartText(page, '条形图', township.name);
	await page.waitForURL((url) => url.searchParams.get('region') === township.code);
	await expect(page.locator('h1')).toContainText(township.name);
	const crumbs = page.getByRole('navigation', { name: '地区层级' }).getByRole('link');
	await expect(crumbs).toHaveCount(3);
	await page.waitForTimeout(500);
	await screenshots(page, 'drill-down-township');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
	await page.setViewportSize({ width: 1280, height: 800 });

	await crumbs.first().click();
	await page.waitForURL((url) => url.searchParams.get('region') === leader.scope);
	await expect(page.locator('[data-metric="pension.coverage"]')).toBeVisible();
});
