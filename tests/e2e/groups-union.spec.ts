import { expect, test } from '@playwright/test';
import { hasNoHorizontalScroll, screenshots, signIn, sqlCount } from './helpers.ts';

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('扩面人群: 灵活就业 + 农民工 together are their union, each person once, equal to a SQL count', async ({ page }) => {
	const operator = await signIn(page, 'jingban', '/groups');
	await page.goto(`/groups?region=${operator.scope}&insurance=pension`);
	await page.locator('[data-group="migrant"]').click();
	await expect(page).toHaveURL(/group=migrant/);
	await page.locator('[data-group="flexible"]').click();
	await expect(page).toHaveURL(/group=flexible%2Cmigrant|group=flexible,migrant/);
	const latest = await page.locator('select').first().inputValue();
	// docs/spec/METRICS.md 灵活就业人员 or 农民工, written out (not the expansion_groups macro nor the cube)
	const expected = await sqlCount(
		`SELECT count(*) FROM persons WHERE as_of = DATE '${latest}' AND starts_with(coalesce(aab301, (SELECT scope FROM snapshots WHERE as_of = DATE '${latest}')), '${operator.scope}')
			AND trim(aic003) IN ('91', '92', '94')
			AND (trim(employment) = '2' OR trim(aac012) IN ('51', '54') OR (trim(aac009) IN ('20', '21', '22') AND trim(employment) IN ('1', '2')))`
	);
	const flexible = number(await page.getByTestId('preset-flexible').textContent());
	const migrant = number(await page.getByTestId('preset-migrant').textContent());
	expect(expected).toBeGreaterThanOrEqual(Math.max(flexible, migrant));
	expect(expected).toBeLessThanOrEqual(flexible + migrant);
	await expect(page.getByTestId('crosstab-total')).toHaveText(expected.toLocaleString('en-US'));
	await expect(page.getByTestId('groups-union')).toContainText('灵活就业人员＋农民工');
	// a region row leads to that region's persons, the two groups kept
	const first = page.locator('table.xtab tbody tr[data-code] th a').first();
	await expect(first).toHaveAttribute('href', /#persons$/);
	expect(decodeURIComponent((await first.getAttribute('href')) ?? '')).toContain('group=flexible,migrant');
	await expect(page.locator('table.persons tbody tr').first()).toBeVisible();
	await screenshots(page, 'groups-union');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
