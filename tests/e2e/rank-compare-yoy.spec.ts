import { expect, test } from '@playwright/test';
import { account, signIn } from './helpers.ts';
import { rankMovement } from '../../src/lib/shared/format.ts';

type Rank = { snapshot: string; vs: string | null; rows: { code: string; rank: number | null; previous_rank: number | null; movement: number | null }[] };

test('排名: choosing 同比 compares with the same quarter a year earlier; a region\'s movement equals the API\'s rank --vs yoy', async ({ page }) => {
	const supervisor = account('duda');
	await signIn(page, 'duda', `/rank?region=${supervisor.scope}&metric=uninsured`);
	await page.waitForURL((url) => url.pathname === '/rank');
	await page.getByTestId('compare-choice').selectOption('yoy');
	await page.waitForURL((url) => url.searchParams.get('vs') === 'yoy');
	const api: Rank = await (await page.request.get(`/api/rank?region=${supervisor.scope}&metric=pension.uninsured&vs=yoy`)).json();
	const [y, m, d] = api.snapshot.split('-');
	expect(api.vs).toBe(`${Number(y) - 1}-${m}-${d}`);
	await expect(page.locator('thead th[data-column="delta"]')).toHaveText(/同比/);
	await expect(page.getByText(/为同比（较\d{4}年.季度）/)).toBeVisible();
	const moved = api.rows.find((r) => r.movement !== null && r.movement !== 0) ?? api.rows.find((r) => r.movement !== null)!;
	const cell = page.locator(`tr[data-code="${moved.code}"] td[data-cell="movement"]`);
	await expect(cell).toHaveText(rankMovement(moved.movement));
	await expect(cell).toHaveAttribute('data-previous-rank', String(moved.previous_rank));
});
