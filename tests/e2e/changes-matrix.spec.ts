import { expect, test } from '@playwright/test';
import { account, cli, screenshots } from './helpers.ts';
import { browserSignIn, FULL_ID } from './security-routes.ts';

interface Changes { from: string; to: string; newly_insured: number; lapsed: number; matrix: Record<string, number> }
interface Snapshot { as_of: string }

/** /changes: the named figures match `canbao changes`, 同比 switches the base, a cell lists masked persons. */
test('changes page figures equal the CLI and a cell lists its persons masked', async ({ page }) => {
	const region = account('duda').scope;
	const dates = cli<Snapshot[]>('snapshots').map((s) => s.as_of);
	const [to, from] = [dates[dates.length - 1], dates[dates.length - 2]];
	const expected = cli<Changes>('changes', '--region', region, '--from', from, '--to', to);
	await browserSignIn(page, 'duda', `/changes?region=${region}`);
	await page.goto(`/changes?region=${region}`);
	const figure = async (key: string) => Number(((await page.getByTestId(`figure-${key}`).textContent()) ?? '').replace(/[^\d]/g, ''));
	expect(await figure('newly_insured')).toBe(expected.newly_insured);
	expect(await figure('lapsed')).toBe(expected.lapsed);
	await expect(page.getByTestId('change-children').locator('tr[data-code="own"]')).toContainText('本级');
	// 未参全 of the later snapshot: children, 本级 and total rows
	await expect(page.getByTestId('incomplete-table').locator('tr[data-code="total"]')).toBeVisible();

	// 同比: the same quarter a year earlier
	const yearAgo = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
	await page.getByTestId('yoy').click();
	await expect(page).toHaveURL(new RegExp(`from=${yearAgo}`));
	const yoy = cli<Changes>('changes', '--region', region, '--from', yearAgo, '--to', to);
	expect(await figure('newly_insured')).toBe(yoy.newly_insured);

	// a cell of the matrix: its persons, masked for a 督导
	await page.locator('[data-testid="change-matrix"] td[data-cell="uninsured>insured"] a').click();
	await expect(page.locator('#list')).toBeVisible();
	await expect(page.locator('table').last().locator('tbody tr').first()).toBeVisible();
	const text = (await page.locator('main').innerText()) ?? '';
	expect(text.match(FULL_ID) ?? []).toEqual([]);
	await screenshots(page, 'changes-matrix');
});
