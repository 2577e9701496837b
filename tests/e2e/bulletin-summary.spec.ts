import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';
import { percent } from '../../src/lib/shared/format.ts';

type Metrics = { metrics: Record<string, number | null> };
type Rank = { rows: { code: string; value: number | null; status: string | null }[] };

test('通报 writes its summary sentence from the figures of canbao metrics and rank', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	const m = cli<Metrics>('metrics', '--region', leader.scope).metrics;
	const rank = cli<Rank>('rank', '--region', leader.scope);
	await page.goto(`/bulletin?region=${leader.scope}`);
	const headline = (await page.locator('[data-testid="summary"] p').first().textContent()) ?? '';
	const match = /养老保险参保率([\d.]+%)，(?:较上(?:季度|期)(提高|下降)([\d.]+)个百分点|与上(?:季度|期)持平)，(?:(\d+)个市\(州\)未达90%目标|各市\(州\)均已达到90%目标)。/.exec(headline);
	expect(match, headline).not.toBeNull();
	expect(match![1]).toBe(percent(m['pension.coverage']));
	const delta = m['pension.coverage_delta'] as number;
	if (match![2]) {
		expect(match![2]).toBe(delta > 0 ? '提高' : '下降');
		expect(match![3]).toBe(Math.abs(delta).toFixed(1));
	}
	const below = rank.rows.filter((r) => r.value !== null && r.status !== 'green').length;
	expect(Number(match![4] ?? 0)).toBe(below);
	await expect(page.locator('[data-testid="summary"]')).toContainText(`应参未参${(m['pension.uninsured'] as number).toLocaleString('en-US')}人`);
	await expect(page.locator('table.league tbody tr')).toHaveCount(rank.rows.length);
	await expect(page.locator('.chart[data-ready] svg')).toBeVisible();
	await page.waitForTimeout(500);
	await screenshots(page, 'bulletin-province');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
