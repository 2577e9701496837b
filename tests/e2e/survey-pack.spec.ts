import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';
import { E2E } from './global-setup.ts';

type Survey = { rows: { code: string; name: string; persons: number; households: number }[]; own: { persons: number }; total: { persons: number; households: number } };
const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** The CLI's own Excel pack (the independent path): the ids and fields of every 附件1 form, in order. */
async function cliPack(region: string) {
	const file = join(mkdtempSync(join(tmpdir(), 'survey-e2e-')), 'pack.xlsx');
	execFileSync('node', ['bin/canbao.js', 'survey', '--region', region, '--db', E2E.db, '--xlsx', file]);
	return readForms(file);
}

async function readForms(file: string) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(file);
	const forms: Record<string, string>[] = [];
	book.getWorksheet('全民参保登记表')!.eachRow((row) => {
		const label = String(row.getCell(1).value ?? '');
		if (label === '姓名') forms.push({ name: String(row.getCell(2).value), id: String(row.getCell(5).value) });
		else if (forms.length && ['户口所在地', '常住所在地地址', '联系电话（手机）'].includes(label)) forms[forms.length - 1][label] = String(row.getCell(2).value ?? '');
	});
	const summaries = book.worksheets.filter((s) => s.name.startsWith('汇总表-'));
	const summaryRows = summaries.reduce((n, s) => n + s.getSheetValues().filter((r) => Array.isArray(r) && typeof r[1] === 'number').length, 0);
	return { forms, summaries: summaries.length, summaryRows };
}

async function formFields(page: Page, index: number) {
	const form = page.getByTestId('registration-form').nth(index);
	const text = async (field: string) => ((await form.locator(`[data-field="${field}"]`).textContent()) ?? '').trim();
	return { name: await text('name'), id: await text('id'), 户口所在地: await text('hukou'), 常住所在地地址: await text('address'), '联系电话（手机）': await text('phone') };
}

test('入户调查: a township drills to a village whose pack matches the CLI, prints on A4 and downloads as Excel', async ({ page }) => {
	const operator = await signIn(page, 'jingban', '/survey');
	const county = cli<Survey>('survey', '--region', operator.scope);
	const township = county.rows.filter((r) => r.persons > 0).sort((a, b) => b.persons - a.persons)[0];
	// the county page lists the township with the CLI's figures; its row drills down
	await page.goto(`/survey?region=${operator.scope}`);
	const row = page.locator(`[data-testid="survey-children"] tr[data-code="${township.code}"]`);
	await expect(row.locator('[data-col="persons"]')).toHaveText(String(township.persons));
	await row.getByRole('link').click();
	await page.waitForURL(new RegExp(`region=${township.code}`));
	const t = cli<Survey>('survey', '--region', township.code);
	expect(number(await page.getByTestId('to-visit').textContent())).toBe(t.total.persons);
	await expect(page.locator('[data-testid="survey-children"] tr[data-code="own"] [data-col="persons"]')).toHaveText(String(t.own.persons));
	await screenshots(page, 'survey-township');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
	await page.setViewportSize({ width: 1280, height: 800 });

	// drill to the village with most persons to visit
	const village = t.rows.filter((r) => r.persons > 0).sort((a, b) => b.persons - a.persons)[0];
	await page.locator(`[data-testid="survey-children"] tr[data-code="${village.code}"]`).getByRole('link').click();
	await page.waitForURL(new RegExp(`region=${village.code}`));
	expect(number(await page.getByTestId('to-visit').textContent())).toBe(village.persons);
	await expect(page.locator('table.persons tbody tr')).toHaveCount(village.persons);

	// the pack: one form per person, fields as the CLI's pack has them
	await page.getByTestId('open-pack').click();
	await page.waitForURL(/\/survey\/pack\?/);
	expect(number(await page.getByTestId('pack-persons').textContent())).toBe(village.persons);
	await expect(page.getByTestId('registration-form')).toHaveCount(village.persons);
	const fromCli = await cliPack(village.code);
	expect(fromCli.forms).toHaveLength(village.persons);
	expect(await formFields(page, 0)).toEqual(fromCli.forms[0]);
	await screenshots(page, 'survey-pack');

	// printed through the browser on A4: a page per form plus the 汇总表 page
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBe(village.persons + 1);
	await page.emulateMedia({ media: 'screen' });

	// the Excel download holds the same forms and a 汇总表 with a row per person
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Excel' }).click()]);
	const downloaded = await readForms(await download.path());
	expect(downloaded.forms).toEqual(fromCli.forms);
	expect([downloaded.summaries, downloaded.summaryRows]).toEqual([1, village.persons]);
});
