import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

/** A CSV line (RFC 4180 quoting). */
function fields(line: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (out.push(field), (field = ''));
		else field += ch;
	}
	return [...out, field];
}

test('扩面人群 list: the CSV export (GB18030) holds the rows of every page of the list, in order', async ({ page }) => {
	const operator = await signIn(page, 'jingban', '/groups');
	const query = `region=${operator.scope}&insurance=pension&group=unemployed`;
	await page.goto(`/groups?${query}`);
	await expect(page.locator('table.persons tbody tr').first()).toBeVisible();
	// the rows as the list pages give them (the JSON the page shows, 50 a page)
	const pages: Record<string, string | number | null>[] = [];
	let columns: { key: string; label: string }[] = [];
	for (let n = 1; ; n++) {
		const body = await (await page.request.get(`/groups/persons?${query}&page=${n}`)).json();
		columns = body.columns;
		pages.push(...body.rows);
		if (!body.hasMore) break;
	}
	expect(pages.length).toBeGreaterThan(0);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
	expect(download.suggestedFilename()).toMatch(new RegExp(`^扩面人群名单-${operator.scope}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
	const text = iconv.decode(readFileSync(await download.path()), 'gb18030');
	const [header, ...rows] = text.trimEnd().split('\r\n').map(fields);
	expect(header).toEqual(columns.map((c) => c.label));
	// digit strings of 12+ characters start with a tab in the file (Excel keeps them as text)
	expect(rows.map((r) => r.map((v) => v.replace(/^\t/, '')))).toEqual(pages.map((r) => columns.map((c) => String(r[c.key] ?? ''))));
	// the link is back once the file is saved
	await expect(page.getByRole('link', { name: '导出 CSV' })).toBeVisible();
});
