import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from '@playwright/test';
import { screenshots, signIn } from './helpers.ts';
import { E2E } from './global-setup.ts';

/** An id of the e2e province with its persons rows' codes, read straight from the database (the independent path). */
async function someId(inside: boolean, scope: string): Promise<{ id: string; rows: number }> {
	const con = await (await DuckDBInstance.create(E2E.db, { access_mode: 'READ_ONLY' })).connect();
	try {
		const reader = await con.runAndReadAll(`
			SELECT id, count(*) FILTER (WHERE starts_with(code, '${scope}'))::INT AS inside, count(*)::INT AS n
			FROM persons WHERE id_kind = 'valid18' GROUP BY id
			HAVING ${inside ? 'inside = n AND n > 1' : 'inside = 0'} ORDER BY id LIMIT 1`);
		const [row] = reader.getRowObjectsJS() as { id: string; inside: number; n: number }[];
		return { id: row.id, rows: row.n };
	} finally {
		con.closeSync();
	}
}

test('人员查询: an operator finds a person of the county in every snapshot; an id outside the scope is refused and audited', async ({ page }) => {
	const operator = await signIn(page, 'jingban', '/person');
	const inside = await someId(true, operator.scope);
	await page.goto('/person');
	await page.getByLabel('公民身份号码').fill(inside.id);
	await page.getByRole('button', { name: '查询' }).click();
	await expect(page.getByTestId('person-record')).toHaveCount(inside.rows);
	await expect(page.getByTestId('person-record').first()).toContainText(inside.id);
	await screenshots(page, 'person-lookup');
	const outside = await someId(false, operator.scope);
	await page.getByLabel('公民身份号码').fill(outside.id);
	await page.getByRole('button', { name: '查询' }).click();
	await expect(page.getByTestId('lookup-message')).toContainText('权限范围');
	await expect(page.getByTestId('person-record')).toHaveCount(0);
	const log = readFileSync(`${E2E.dir}/audit.log`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { user: string; action: string; query: { id?: string } });
	const mine = log.filter((e) => e.user === operator.username && e.action.startsWith('lookup-person'));
	expect(mine.slice(-2).map((e) => e.action)).toEqual(['lookup-person', 'lookup-person-refused']);
	// the log never holds the full number
	expect(mine.slice(-1)[0].query.id).toBe(`${outside.id.slice(0, 4)}**********${outside.id.slice(-4)}`);
	// a 督导 may not use the look-up at all
	await page.context().clearCookies();
	await signIn(page, 'duda', '/overview');
	expect((await page.request.get('/person')).status()).toBe(403);
});
