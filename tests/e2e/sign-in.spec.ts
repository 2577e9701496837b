import { expect, test } from '@playwright/test';
import { cli, signIn } from './helpers.ts';

test('a leader signs in and the metrics API answers what the CLI computes', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	const fromApi = await (await page.request.get(`/api/metrics?region=${leader.scope}`)).json();
	const fromCli = cli<{ metrics: Record<string, unknown> }>('metrics', '--region', leader.scope);
	expect(fromApi.metrics['pension.insured']).toBe(fromCli.metrics['pension.insured']);
	expect(fromApi).toEqual(fromCli);
});

test('a wrong password is refused with a message', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('用户名').fill('lingdao');
	await page.getByLabel('密码').fill('wrong-password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
});
