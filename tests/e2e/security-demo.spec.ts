import { expect, test } from '@playwright/test';
import { screenshots, hasNoHorizontalScroll } from './helpers.ts';

// playwright.config.ts runs the server with CANBAO_DEMO=0: the demo sign-ins must not be shown
// (demo mode itself is covered by src/lib/server/auth/demo-accounts.spec.ts).
test('outside demo mode the sign-in page shows no demo accounts or passwords', async ({ page }) => {
	await page.goto('/login');
	await expect(page.getByRole('heading', { name: '参保登记监测' })).toBeVisible();
	await expect(page.getByText('演示账号')).toHaveCount(0);
	expect(await page.content()).not.toContain('canbao2017');
	await screenshots(page, 'security-login');
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
