import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Metrics = { metrics: Record<string, unknown> };

test('重复参保: pair and span counts equal canbao metrics, and a pair lists its persons', async ({ page }) => {
	const planner = await signIn(page, 'guihua', '/duplicates');
	const m = cli<Metrics>('metrics', '--region', planner.scope).metrics;
	const pairs = m['medical.duplicate_pairs'] as Record<string, number>;
	const keys = Object.keys(pairs).sort((a, b) => pairs[b] - pairs[a]);
	expect(keys.length).toBeGreaterThan(0);
	await page.goto(`/duplicates?region=${planner.scope}&insurance=medical`);
	await expect(page.getByTestId('dup-enrolled')).toHaveText(`${(m['medical.duplicate_enrolled'] as number).toLocaleString('en-US')}人`);
	for (const key of keys) await expect(page.getByTestId(`pair-${key}`)).toHaveText(pairs[key].toLocaleString('en-US'));

	// the API serves the same figure
	const api = (await (await page.request.get(`/api/metrics?region=${planner.scope}`)).json()) as Metrics;
	expect((api.metrics['medical.duplicate_pairs'] as Record<string, number>)[keys[0]]).toBe(pairs[keys[0]]);

	// choosing the pair lists persons who have it (masked for the planner)
	await page.locator(`[data-pair="${keys[0]}"]`).click();
	await expect(page).toHaveURL(/kind=pair/);
	const rows = page.locator('table.persons tbody tr');
	await expect(rows.first()).toBeVisible();
	const shown = await rows.count();
	expect(shown).toBe(Math.min(50, pairs[keys[0]]));
	const pairCells = await page.locator('table.persons tbody tr td:nth-child(7)').allTextContents();
	for (const cell of pairCells) expect(cell.split('、')).toContain(keys[0]);
	expect(await page.locator('table.persons tbody tr td:nth-child(3)').first().textContent()).toContain('*');
	await screenshots(page, 'duplicates-medical');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
