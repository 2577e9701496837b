import { expect, test } from '@playwright/test';
import { hasNoHorizontalScroll, screenshots } from './helpers.ts';
import { BASE_URL, auditLines, browserSignIn, signedIn, statusOf, submitUntil, userCli } from './security-routes.ts';
import { request } from '@playwright/test';

const NEW_USER = 'e2e_made_by_admin';

function removeIfThere(username: string): void {
	try {
		userCli('remove', username);
	} catch {
		// not there
	}
}

test('the 管理员 adds a user, who signs in; disabling ends the session; a reset password works; the audit log shows it', async ({ page }) => {
	await browserSignIn(page, 'admin', '/admin/users');
	await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
	await submitUntil(page, async () => {
		removeIfThere(NEW_USER); // a retry after the page was reloaded under the test starts again
		await page.goto('/admin/users');
		await page.getByLabel('用户名').fill(NEW_USER);
		await page.getByLabel('姓名').fill('测试经办');
		await page.getByLabel('角色').selectOption('operator');
		await page.getByLabel('权限范围（行政区划代码）').fill('5203');
		await page.getByRole('button', { name: '新建' }).click();
	}, `已新建账号 ${NEW_USER}`);
	const password = (await page.getByTestId('secret').textContent())!.trim();
	expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
	await expect(page.getByRole('row', { name: new RegExp(`^${NEW_USER} `) })).toContainText('经办');
	await screenshots(page, 'security-admin-users');
	expect(await hasNoHorizontalScroll(page)).toBe(true);

	// the new user signs in with the password shown once, inside the scope given
	const user = await signedIn(NEW_USER, password);
	expect((await statusOf(user, '/api/metrics?region=5203')).status).toBe(200);
	expect((await statusOf(user, '/api/metrics?region=5201')).status).toBe(403);
	expect((await statusOf(user, '/admin/users')).status).toBe(403);

	// disable: the running session ends at once
	const row = () => page.getByRole('row', { name: new RegExp(`^${NEW_USER} `) });
	await submitUntil(page, () => row().getByRole('button', { name: '停用' }).click(), `已停用 ${NEW_USER}`);
	expect((await statusOf(user, '/api/metrics?region=5203')).status).toBe(401);
	await expect(signedIn(NEW_USER, password)).rejects.toThrow('400');

	// enable and reset: the new password works, the old one does not
	await submitUntil(page, () => row().getByRole('button', { name: '启用' }).click(), `已启用 ${NEW_USER}`);
	await submitUntil(page, () => row().getByRole('button', { name: '重设密码' }).click(), `已重设 ${NEW_USER}`);
	const reset = (await page.getByTestId('secret').textContent())!.trim();
	expect(reset).not.toBe(password);
	await expect(signedIn(NEW_USER, password)).rejects.toThrow('400');
	await (await signedIn(NEW_USER, reset)).dispose();

	// a scope outside the 管理员's own (province 52) is refused with a message naming it
	await expect(async () => {
		await page.getByLabel('用户名').fill(`${NEW_USER}_x`);
		await page.getByLabel('权限范围（行政区划代码）').fill('53');
		await page.getByRole('button', { name: '新建' }).click();
		await expect(page.getByRole('alert')).toHaveText('权限范围 53 超出您的范围 52', { timeout: 6_000 });
	}).toPass({ timeout: 45_000 });

	// the audit log has every change, and the viewer shows them
	const mine = auditLines().filter((l) => l.user === 'admin' && l.query.username === NEW_USER).map((l) => l.action);
	expect(mine).toEqual(expect.arrayContaining(['user-add', 'user-disable', 'user-enable', 'user-reset']));
	expect(JSON.stringify(auditLines())).not.toContain(reset);
	await page.goto('/admin/audit?user=admin&action=user-add');
	await expect(page.getByRole('row', { name: new RegExp(`新建账号.*用户名 ${NEW_USER}`) }).first()).toBeVisible();
	await expect(page.getByText('完整性校验通过')).toBeVisible();
	await screenshots(page, 'security-admin-audit');
	expect(await hasNoHorizontalScroll(page)).toBe(true);
	await user.dispose();
});

test('only the 管理员 may use the account actions, even by posting to them directly', async () => {
	const planner = await signedIn('guihua');
	for (const action of ['add', 'disable', 'reset', 'token']) {
		const answer = await planner.post(`/admin/users?/${action}`, {
			form: { username: 'admin', role: 'admin', scope: '52', password: 'takeover-2017' },
			headers: { origin: BASE_URL, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(answer.status(), action).toBe(403);
	}
	expect((await statusOf(planner, '/admin/audit')).status).toBe(403);
	await planner.dispose();
	const anonymous = await request.newContext({ baseURL: BASE_URL });
	const signedOut = await anonymous.post('/admin/users?/add', { form: { username: 'x' }, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 });
	expect(signedOut.status()).toBe(303);
	expect(signedOut.headers().location).toMatch(/^\/login/);
	await anonymous.dispose();
	// the admin account is unchanged: it still signs in with the demo password
	await (await signedIn('admin')).dispose();
});
