import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Rank = { rows: { code: string; value: number | null }[] };

test('应参未参热点: every prefecture shows the 应参未参 count of canbao rank, worst first; drill down to a county', async ({ page }) => {
	const leader = await signIn(page, 'lingdao', '/hotspots');
	const rank = cli<Rank>('rank', '--region', leader.scope, '--metric', 'pension.uninsured');
	await page.goto(`/hotspots?region=${leader.scope}`);
	for (const row of rank.rows) {
		await expect(page.locator(`tr[data-code="${row.code}"] td[data-field="uninsured"]`)).toHaveText((row.value ?? 0).toLocaleString('en-US'));
	}
	const order = await page.locator('tbody tr[data-code]').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-code')));
	const expected = [...rank.rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.code.localeCompare(b.code)).map((r) => r.code);
	expect(order).toEqual(expected);
	await expect(page.locator('.chart[data-ready] svg').first()).toBeVisible();
	await screenshots(page, 'hotspots-province');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
	await page.setViewportSize({ width: 1280, height: 800 });

	// down one level: the counties of the worst prefecture, with the employers for 稽核
	await page.locator(`tr[data-code="${expected[0]}"] th a`).click();
	await expect(page).toHaveURL(new RegExp(`region=${expected[0]}`));
	const counties = cli<Rank>('rank', '--region', expected[0], '--metric', 'pension.uninsured');
	await expect(page.locator('tbody tr[data-code]')).toHaveCount(counties.rows.length);
	await expect(page.getByText(/共 [\d,]+ 家单位/)).toBeVisible();
});
