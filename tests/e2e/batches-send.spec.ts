import { expect, test, type Page } from '@playwright/test';
import { account, screenshots } from './helpers.ts';
import { browserSignIn, FULL_ID, freshAccount, signedIn, siblingOf } from './security-routes.ts';

/**
 * 扩面任务 (issue 17): a 规划 user sends the county's pension 应参未参 list drawn from an earlier quarter;
 * the receiving township's 督导 sees its part masked, its 经办 in full, with 完成率 from the later
 * quarters; a user of another township gets 403.
 */
/** browserSignIn for a test-only account (its password is not in the demo list). */
async function signInAs(page: Page, username: string, password: string, next: string): Promise<void> {
	await expect(async () => {
		await page.goto(`/login?next=${encodeURIComponent(next)}`);
		await page.getByLabel('用户名').fill(username);
		await page.getByLabel('密码').fill(password);
		await page.getByRole('button', { name: '登录' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 8_000 });
	}).toPass({ timeout: 45_000 });
}

test('a planner sends a batch; the receiving township sees its part (masked / full); others get 403', async ({ page, browser }) => {
	const township = account('duda_xiang').scope;
	const county = township.slice(0, 6);
	const password = 'E2e-batches-Pa55word';
	freshAccount('e2e_batch_jingban', 'operator', township, password);
	// outside the batch's regions: a 督导 of another county (a sibling township of the batch's county is a receiver)
	freshAccount('e2e_batch_outside', 'supervisor', siblingOf(county), password);

	await browserSignIn(page, 'guihua', `/batches?region=${county}`);
	await page.goto(`/batches?region=${county}`);
	const form = page.getByTestId('batch-form');
	const options = await form.locator('select[name="snapshot"] option').allTextContents();
	expect(options.length).toBeGreaterThan(2);
	await form.locator('select[name="snapshot"]').selectOption({ index: 2 }); // two quarters before the latest
	await form.locator('select[name="insurance"]').selectOption('pension');
	await form.locator('input[name="due_date"]').fill('2018-01-25');
	await form.locator('input[name="note"]').fill('e2e 下发测试');
	await form.getByRole('button', { name: '下发名单' }).click();
	await page.waitForURL(/\/batches\/\d+$/);
	const path = new URL(page.url()).pathname;
	const number = (await page.getByTestId('batch-number').textContent())!.trim();
	expect(number).toMatch(/^KM\d{4}-\d{4}$/);
	// two later quarters: one tab each, and the township's row of the follow-up
	await expect(page.getByTestId('follow-table')).toBeVisible();
	await expect(page.locator(`[data-testid="follow-table"] tr[data-key="${township}"]`)).toBeVisible();
	await screenshots(page, 'batches-planner');

	// the township's 督导: its part only, masked
	const supervisor = await browser.newPage();
	await browserSignIn(supervisor, 'duda_xiang', path);
	await supervisor.goto(path);
	await expect(supervisor.getByTestId('batch-number')).toHaveText(number);
	const part = Number((await supervisor.getByTestId('part-count').textContent())!.replace(/[^\d]/g, ''));
	expect(part).toBeGreaterThan(0);
	const rows = supervisor.locator('table tbody tr').filter({ hasText: township });
	await expect(rows.first()).toBeVisible();
	const maskedText = await supervisor.locator('main').innerText();
	expect(maskedText?.match(FULL_ID) ?? []).toEqual([]);
	await expect(supervisor.locator('[data-testid="follow-table"] tr[data-key]')).toHaveCount(2); // its township + 合计
	await screenshots(supervisor, 'batches-township-supervisor');

	// the township's 经办: the same part, in full
	const operator = await browser.newPage();
	await signInAs(operator, 'e2e_batch_jingban', password, path);
	await operator.goto(path);
	await expect(operator.getByTestId('part-count')).toHaveText(String(part).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
	await expect(operator.locator('table tbody tr').filter({ hasText: township }).first()).toBeVisible();
	expect(((await operator.locator('main').innerText()) ?? '').match(FULL_ID)?.length ?? 0).toBeGreaterThan(0);

	// outside the batch's regions: 403, and not in the list of batches
	const outside = await signedIn('e2e_batch_outside', password);
	expect((await outside.get(path)).status()).toBe(403);
	expect((await outside.get(`${path}/persons`)).status()).toBe(403);
	expect(await (await outside.get('/batches')).text()).not.toContain(number);
	await outside.dispose();
});
