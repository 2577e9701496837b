import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Metrics = { metrics: Record<string, number> };

test('数据质量: rule counts equal canbao metrics and the offending rows come masked with a reason', async ({ page }) => {
	const supervisor = await signIn(page, 'duda', '/quality');
	const m = cli<Metrics>('metrics', '--region', supervisor.scope).metrics;
	await page.goto(`/quality?region=${supervisor.scope}&rule=missing_required`);
	for (const rule of ['id_invalid', 'id_duplicate', 'missing_required', 'status_conflict', 'enrolment_unmatched']) {
		await expect(page.getByTestId(`rule-${rule}`)).toHaveText(m[rule].toLocaleString('en-US'));
	}
	const rows = page.locator('table.persons tbody tr');
	if (m.missing_required > 0) {
		await expect(rows.first()).toBeVisible();
		expect(await rows.count()).toBe(Math.min(50, m.missing_required));
		for (const reason of await page.locator('table.persons td.reason').allTextContents()) expect(reason).toMatch(/^必填项缺失：.+/);
		const ids = await page.locator('table.persons tbody td:nth-child(4)').allTextContents();
		for (const id of ids.filter(Boolean)) expect(id).toContain('*');
	}
	await screenshots(page, 'quality-prefecture');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
