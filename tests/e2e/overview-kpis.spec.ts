import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';
import { kpiValue } from '../../src/lib/components/overview/kpi-text.ts';
import { percent } from '../../src/lib/shared/format.ts';

type Metrics = { snapshot: string; metrics: Record<string, number | string | null> };

test('总览 of the province shows the KPI numbers of canbao metrics --json', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	const fromCli = cli<Metrics>('metrics', '--region', leader.scope);
	await page.goto(`/overview?region=${leader.scope}`);
	const cards = page.locator('[data-metric]');
	await expect(cards.first()).toBeVisible();
	const keys = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric') as string));
	expect(keys).toEqual(expect.arrayContaining(['registration_rate', 'pension.coverage', 'medical.coverage', 'pension.gap_to_target', 'pension.uninsured', 'pension.duplicate_enrolled', 'verification_rate']));
	for (const key of keys) {
		const value = fromCli.metrics[key] as number | null;
		const kind = /(coverage|_rate)$/.test(key) ? 'rate' : 'count';
		await expect(page.locator(`[data-metric="${key}"] [data-testid="kpi-value"]`)).toHaveText(kpiValue(kind, value));
	}
	// the change of coverage is the engine's coverage_delta
	const delta = fromCli.metrics['pension.coverage_delta'] as number;
	await expect(page.locator('[data-metric="pension.coverage"] .change')).toContainText(Math.abs(delta).toFixed(1));
	// charts drew, and every child appears in the table with its coverage
	await expect(page.locator('.chart[data-ready] svg').first()).toBeVisible();
	const rank = cli<{ rows: { code: string; value: number | null }[] }>('rank', '--region', leader.scope);
	for (const row of rank.rows.filter((r) => r.value !== null)) {
		await expect(page.locator(`tr[data-code="${row.code}"] td`).first()).toHaveText(percent(row.value));
	}
	await page.waitForTimeout(500);
	await screenshots(page, 'overview-province');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
