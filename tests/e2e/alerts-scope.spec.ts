import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';
import type { AlertItem } from '../../src/lib/shared/alerts.ts';

test('alerts of the latest load: a county user sees exactly the province list’s alerts of that county, on 总览', async ({ browser }) => {
	const leaderPage = await (await browser.newContext()).newPage();
	await signIn(leaderPage, 'lingdao');
	const province = ((await (await leaderPage.request.get('/alerts?region=52')).json()) as { alerts: AlertItem[] }).alerts;
	expect(province.length).toBeGreaterThan(0);

	const page = await (await browser.newContext()).newPage();
	const county = await signIn(page, 'jingban');
	expect((await page.request.get('/alerts?region=52')).status()).toBe(403); // outside the county's scope
	const own = ((await (await page.request.get(`/alerts?region=${county.scope}`)).json()) as { alerts: AlertItem[] }).alerts;
	expect(own.every((a) => a.region.startsWith(county.scope))).toBe(true);
	// nobody dismissed in between: the county's list is the province list cut to the county
	expect(own.map((a) => a.message)).toEqual(province.filter((a) => a.region.startsWith(county.scope)).map((a) => a.message));

	await page.goto(`/overview?region=${county.scope}`);
	const panel = page.getByRole('region', { name: '需要关注' });
	if (own.length === 0) await expect(panel).toContainText('本期数据没有需要关注的提醒');
	else await expect(panel.locator('li')).toHaveCount(Math.min(5, own.length));
});
