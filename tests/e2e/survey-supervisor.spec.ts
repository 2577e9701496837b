import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cli, signIn } from './helpers.ts';
import { E2E } from './global-setup.ts';

type Survey = { rows: { code: string; persons: number }[]; total: { persons: number } };

test('入户调查: a 督导 sees the figures and a masked list but gets no pack, and the attempt is audited', async ({ page }) => {
	const supervisor = await signIn(page, 'duda', '/survey');
	const prefecture = cli<Survey>('survey', '--region', supervisor.scope);
	const county = cli<Survey>('survey', '--region', prefecture.rows.filter((r) => r.persons > 0)[0].code);
	const township = county.rows.filter((r) => r.persons > 0)[0];
	await page.goto(`/survey?region=${township.code}`);
	await expect(page.getByTestId('to-visit')).toContainText(String(township.persons));
	await expect(page.getByTestId('open-pack')).toHaveCount(0);
	await expect(page.getByTestId('no-pack')).toBeVisible();
	// the list: masked ids (5203**********123X) and names
	const ids = page.locator('table.persons tbody tr td:nth-child(4)');
	await expect(ids).toHaveCount(township.persons);
	expect((await ids.allTextContents()).every((id) => id.includes('*'))).toBe(true);
	// the pack and its Excel are refused, and the refusals are in the audit log
	expect((await page.request.get(`/survey/pack?region=${township.code}`)).status()).toBe(403);
	expect((await page.request.get(`/survey/pack/xlsx?region=${township.code}`)).status()).toBe(403);
	const log = readFileSync(`${E2E.dir}/audit.log`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { user: string; action: string; query: { region?: string } });
	const refused = log.filter((e) => e.user === supervisor.username && e.query.region === township.code).map((e) => e.action);
	expect(refused).toEqual(expect.arrayContaining(['view-survey-pack-refused', 'export-survey-pack-refused']));
});
