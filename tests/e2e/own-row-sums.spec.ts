import { expect, test, type Page } from '@playwright/test';
import { cli, signIn, sqlCount } from './helpers.ts';

// docs/spec/METRICS.md "The quarterly report": every children list is the reference children plus the 本级 row, and
// rows + 本级 = total in every column. Read off the pages for the province, a county and a township, and
// checked against the CLI (the independent path).
type Metrics = { metrics: Record<string, number> };
type Rank = { rows: { code: string; value: number | null }[] };
type Report = { snapshot: string; rows: { code: string }[]; own: { columns: Record<string, number | null> }; total: { columns: Record<string, number | null> } };

const number = (text: string) => (text.trim() === '—' || text.trim() === '无数据' ? 0 : Number(text.replace(/[^\d.-]/g, '')));
const columnSum = (page: Page, rows: string, cell: string) =>
	page.locator(rows).evaluateAll((trs, sel) => trs.map((tr) => tr.querySelector(sel)?.textContent ?? '0'), cell).then((t) => t.map(number).reduce((a, b) => a + b, 0));

test('children tables add up with the 本级 row: 情况表, 总览, 应参未参, 数据质量, 重复参保', async ({ page }) => {
	test.setTimeout(180_000);
	const leader = await signIn(page, 'lingdao', '/overview');
	const prefecture = cli<Rank>('rank', '--region', leader.scope).rows[0].code;
	const county = cli<Rank>('rank', '--region', prefecture, '--metric', 'pension.eligible').rows[0].code;
	const township = cli<Rank>('rank', '--region', county, '--metric', 'pension.eligible').rows[0].code;
	for (const region of [leader.scope, county, township]) {
		const m = cli<Metrics>('metrics', '--region', region).metrics;
		const report = cli<Report>('report', '--region', region);

		// 情况表: every column's rows + 本级 equals 合计 on the page, and 合计 equals the CLI's
		await page.goto(`/report?region=${region}`);
		await expect(page.getByTestId('own-row')).toBeVisible();
		for (const n of ['2', '7', '9', '12', '17']) {
			const col = Number(n) + 1; // the first cell is the name (th)
			const sum = await columnSum(page, 'table.report tbody tr:not(.total)', `:scope > *:nth-child(${col})`);
			const total = number(await page.locator(`table.report tr.total td[data-column="${n}"]`).innerText());
			expect(sum, `${region} column ${n}`).toBe(total);
			expect(total).toBe(report.total.columns[n] ?? 0);
		}
		expect(await page.locator('table.report tbody tr:not(.total):not(.own)').count()).toBe(report.rows.length);

		// 总览: the children's 应参未参 plus 本级 is the region's
		await page.goto(`/overview?region=${region}`);
		const overview = await page.locator('table.children tbody tr').evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('data-uninsured') ?? 0)));
		expect(overview.reduce((a, b) => a + b, 0), `${region} 总览`).toBe(m['pension.uninsured']);

		// 应参未参
		await page.goto(`/hotspots?region=${region}`);
		expect(await columnSum(page, 'table.list tbody tr', 'td[data-field="uninsured"]'), `${region} 应参未参`).toBe(m['pension.uninsured']);

		// 数据质量: persons rows (the 本级 row included) = the persons rows of the region, counted in SQL
		const persons = await sqlCount(`SELECT count(*) FROM persons WHERE as_of = DATE '${report.snapshot}' AND starts_with(code, '${region}')`);
		await page.goto(`/quality?region=${region}`);
		expect(await columnSum(page, 'table.list tbody tr', 'td:nth-of-type(1)'), `${region} 数据质量`).toBe(persons);

		// 重复参保
		await page.goto(`/duplicates?region=${region}`);
		expect(await columnSum(page, 'table.list tbody tr', 'td:nth-of-type(1)'), `${region} 重复参保`).toBe(m['pension.duplicate_enrolled']);
	}
});

test('the province\'s 本级 row is never ranked and never named in the 通报', async ({ page }) => {
	const leader = await signIn(page, 'lingdao', '/rank');
	await page.goto(`/rank?region=${leader.scope}`);
	const own = page.locator('tr[data-own]');
	if ((await own.count()) > 0) {
		await expect(own.locator('td.rank')).toHaveText('—');
		const name = (await own.locator('th').innerText()).replace(/不排名.*$/s, '').trim();
		await page.goto(`/bulletin?region=${leader.scope}`);
		await expect(page.locator('main')).not.toContainText(name);
	}
	await expect(page.locator('main')).not.toContainText('乡镇未明');
});
