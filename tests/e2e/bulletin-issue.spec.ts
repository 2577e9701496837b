import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';
import { pdfPages } from './pdf-text.ts';

/**
 * A pattern for text as it comes out of the printed PDF. Where the machine has no CJK font (this CI
 * box has none), Chromium prints those characters as missing glyphs and leaves some of them out of
 * the PDF's text, so a CJK character may be absent; digits, Latin text and order must match exactly.
 */
function printed(text: string): RegExp {
	const parts = [...text].map((c) => (/\s/.test(c) ? '\\s*' : /[\u3000-\u9fff\uff00-\uffef]/.test(c) ? `${c}?` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	return new RegExp(parts.join(''));
}

test('a 通报 is issued as 第N期, found in the archive and printed with its number, date line and page numbers, without ⚠', async ({ page }) => {
	const leader = await signIn(page, 'lingdao');
	const year = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
	// how many this region issued this year already (none on a fresh e2e province: this one is 第1期)
	await page.goto(`/bulletin/archive?region=${leader.scope}`);
	const before = await page.locator(`table.archive a:text-matches("^${year}年第")`).evaluateAll(
		(links, scope) => links.filter((a) => a.getAttribute('href')?.endsWith(`region=${scope}`)).length, leader.scope);
	const label = `${year}年第${before + 1}期`;

	await page.goto(`/bulletin?region=${leader.scope}&snapshot=2017-12-31`);
	await expect(page.locator('.sheet .dq').first()).toBeVisible(); // ⚠ badges are on screen
	await page.getByLabel('发文单位').fill('贵州省全民参保登记工作领导小组办公室');
	await page.getByRole('button', { name: '印发本期通报' }).click();
	await page.waitForURL(/\/bulletin\/archive\/\d+/);
	await expect(page.getByTestId('issue-no')).toHaveText(label);

	await page.goto(`/bulletin/archive?region=${leader.scope}`);
	await page.getByRole('link', { name: label, exact: true }).first().click();
	await expect(page.getByTestId('issue-unit')).toHaveText('贵州省全民参保登记工作领导小组办公室');
	const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
	const dateLine = `${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日`;
	await expect(page.getByTestId('issue-date')).toHaveText(dateLine);
	await expect(page.locator('.chart[data-ready] svg')).toBeVisible();

	// the print layout: number and date line shown, the ⚠ badges and their note hidden
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('issue-no')).toBeVisible();
	await expect(page.locator('.sheet .dq').first()).toBeHidden();
	await page.emulateMedia({ media: null }); // page.pdf prints with print media unless told otherwise

	const pages = pdfPages(await page.pdf({ format: 'A4' }));
	expect(pages.length).toBeGreaterThan(1);
	const all = pages.join('\n');
	expect(all).toMatch(printed(label));
	expect(all).toMatch(printed(dateLine));
	expect(all).toMatch(printed('数据截至2017年12月31日'));
	expect(all).not.toContain('⚠');
	pages.forEach((text, i) => expect(text).toMatch(printed(`第 ${i + 1} 页 共 ${pages.length} 页`)));
});
