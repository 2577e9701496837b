import { expect, test } from '@playwright/test';
import { account, cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Rank = { rows: { code: string; name: string | null; value: number | null; rank: number | null }[] };
const METRICS = [
	['coverage', 'pension.coverage'],
	['uninsured', 'pension.uninsured'],
	['gap', 'pension.gap_to_target'],
	['duplicates', 'pension.duplicate_enrolled']
] as const;

test('排名: ranks equal canbao rank, ties share a rank, and sorting by a column orders the rows', async ({ page }) => {
	const supervisor = account('duda');
	// the first county of the prefecture whose townships tie on some metric
	const counties = cli<Rank>('rank', '--region', supervisor.scope).rows.filter((r) => r.value !== null);
	let found: { county: string; metric: (typeof METRICS)[number]; rank: Rank } | null = null;
	for (const county of counties) {
		for (const metric of METRICS) {
			const rank = cli<Rank>('rank', '--region', county.code, '--metric', metric[1]);
			const ranks = rank.rows.map((r) => r.rank).filter((r) => r !== null);
			if (new Set(ranks).size < ranks.length) {
				found = { county: county.code, metric, rank };
				break;
			}
		}
		if (found) break;
	}
	expect(found, 'a county with a tie').not.toBeNull();
	const { county, metric, rank } = found!;

	await signIn(page, 'duda', `/rank?region=${county}&metric=${metric[0]}`);
	await page.waitForURL((url) => url.pathname === '/rank');
	for (const row of rank.rows) {
		await expect(page.locator(`tr[data-code="${row.code}"]`)).toHaveAttribute('data-rank', row.rank === null ? '' : String(row.rank));
	}
	// the tie: two rows share a rank and the next rank skips (1, 2, 2, 4)
	const counts = new Map<number, number>();
	for (const r of rank.rows) if (r.rank !== null) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
	const [tied, times] = [...counts].find(([, n]) => n > 1)!;
	await expect(page.locator(`tr[data-rank="${tied}"]`)).toHaveCount(times);
	const next = [...counts.keys()].filter((r) => r > tied).sort((a, b) => a - b)[0];
	if (next !== undefined) expect(next).toBe(tied + times);

	// sort by 应参未参 (largest first), then again (smallest first); missing values stay last
	const uninsured = cli<Rank>('rank', '--region', county, '--metric', 'pension.uninsured');
	const value = new Map(uninsured.rows.map((r) => [r.code, r.value]));
	for (const [dir, sign] of [['desc', -1], ['asc', 1]] as const) {
		await page.locator('th[data-column="uninsured"] a').click();
		await page.waitForURL((url) => url.searchParams.get('sort') === 'uninsured' && url.searchParams.get('dir') === dir);
		const codes = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') as string));
		const shown = codes.map((c) => value.get(c) ?? null);
		const present = shown.filter((v): v is number => v !== null);
		expect(shown.slice(0, present.length)).toEqual(present);
		for (let i = 1; i < present.length; i++) expect(sign * (present[i] - present[i - 1])).toBeGreaterThanOrEqual(0);
		// ranks are not renumbered by the sort
		for (const row of rank.rows) {
			await expect(page.locator(`tr[data-code="${row.code}"]`)).toHaveAttribute('data-rank', row.rank === null ? '' : String(row.rank));
		}
	}
	await screenshots(page, 'rank-county');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
});
