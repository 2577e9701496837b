import { expect, test } from '@playwright/test';
import { cli, hasNoHorizontalScroll, signIn } from './helpers.ts';
import type { Scorecard } from '../../src/lib/shared/scorecard.ts';

test('考核 shows the composite and rank of canbao score for every prefecture, and a breakdown', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	const card = cli<Scorecard>('score', '--region', leader.scope);
	await page.goto(`/score?region=${leader.scope}`);
	const rows = page.locator('table.score tbody tr');
	await expect(rows).toHaveCount(card.rows.length);
	for (const [i, r] of card.rows.entries()) {
		const row = rows.nth(i);
		await expect(row).toHaveAttribute('data-code', r.code);
		await expect(row.locator('td').nth(0)).toHaveText(String(r.rank ?? '—'));
		await expect(row.locator('td').nth(2)).toHaveText(new RegExp(`^${r.composite === null ? '—' : r.composite.toFixed(1)}\\*?$`));
	}
	const first = card.rows[0];
	await rows.first().getByRole('link').click();
	await expect(page.getByRole('region', { name: '得分明细' })).toContainText(`综合得分 ${first.composite!.toFixed(1)}，第${first.rank}名`);
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
