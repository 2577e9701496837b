import { expect, test } from '@playwright/test';
import { browserSignIn } from './security-routes.ts';

/**
 * The aab001 filter of 应参未参 is no longer ignored: /hotspots?aab001=X opens X's 单位稽核 page (region and
 * snapshot kept), and each row of the hotspots employer table and of the 单位稽核 list leads there.
 */
test('hotspots?aab001 opens the employer page; employer rows link to it', async ({ page }) => {
	const county = '520302';
	await browserSignIn(page, 'guihua', `/hotspots?region=${county}`);
	await page.goto(`/hotspots?region=${county}`);
	const first = page.locator('table.list').last().locator('tbody tr').first();
	const aab001 = (await first.locator('td').nth(1).innerText()).trim();
	expect(aab001).toMatch(/\S/);

	await page.goto(`/hotspots?region=${county}&aab001=${aab001}`);
	await expect(page).toHaveURL(new RegExp(`/employers/${aab001}\\?region=${county}$`));
	const name = (await page.getByTestId('unit-name').innerText()).trim();

	await page.goto(`/hotspots?region=${county}`);
	await page.locator('table.list').last().getByRole('link', { name }).first().click();
	await expect(page).toHaveURL(new RegExp(`/employers/${aab001}\\?region=${county}`));

	// the 单位稽核 list: 只看连续未改正 keeps only runs of two or more, each row leading to its page
	await page.goto(`/employers?region=${county}&repeat=1`);
	const streaks = await page.getByTestId('streak').allInnerTexts();
	for (const s of streaks) expect(s).toMatch(/上期也未改正|连续\d+期/);
	await page.goto(`/employers?region=${county}`);
	const all = Number((await page.getByTestId('unit-count').innerText()).replace(/,/g, ''));
	expect(all).toBeGreaterThanOrEqual(streaks.length);
	const row = page.getByTestId('unit-table').locator('tbody tr').first();
	const code = await row.getAttribute('data-aab001');
	await row.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/employers/${code}\\?`));
	await expect(page.getByTestId('unit-insurances')).toBeVisible();
});
