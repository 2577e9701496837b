import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, hasNoHorizontalScroll, screenshots, signIn } from './helpers.ts';

type Snapshot = { as_of: string; persons: number };
const FIXTURE = 'tests/fixtures/example/2016-12-31';
// earlier than every generated quarter, so the latest snapshot other tests read never changes
const EARLY = '2013-12-31';
// the generated quarters and this test's own date: the other upload tests add and delete their own early dates meanwhile
const loaded = () => cli<Snapshot[]>('snapshots').filter((s) => s.as_of >= '2014-12-31' || s.as_of === EARLY);

function folder(name: string, edit: (dir: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'canbao-upload-'));
	const dir = join(root, name);
	cpSync(FIXTURE, dir, { recursive: true });
	edit(dir);
	return dir;
}

test('快照管理: a broken upload shows its error and changes nothing; a good one appears, then is deleted', async ({ page }) => {
	test.setTimeout(180_000);
	await signIn(page, 'admin', '/snapshots');
	await page.goto('/snapshots');
	await page.waitForLoadState('networkidle');
	const before = loaded();
	expect(before.some((s) => s.as_of === EARLY)).toBe(false);

	// persons.csv without the AAC002 column: refused with the loader's message, nothing loaded
	const broken = folder('broken', (dir) => {
		const lines = readFileSync(join(dir, 'persons.csv'), 'utf8').split('\n');
		const header = lines[0].split(',');
		const at = header.indexOf('AAC002');
		writeFileSync(join(dir, 'persons.csv'), lines.map((l) => l.split(',').filter((_, i) => i !== at).join(',')).join('\n'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ as_of: EARLY, scope: '52' }));
	});
	await page.getByTestId('folder-input').setInputFiles(broken);
	await page.getByRole('button', { name: '上传并校验' }).click();
	const error = page.getByTestId('upload-error');
	await expect(error).toBeVisible({ timeout: 60_000 });
	await expect(error).toContainText('AAC002');
	await expect(error).toContainText('persons');
	expect(loaded()).toEqual(before);
	await expect(page.locator(`tr[data-as-of="${EARLY}"]`)).toHaveCount(0);
	await screenshots(page, 'snapshots-refused');

	// a good snapshot: validated first (summary shown, nothing live yet), then loaded on confirmation
	const good = folder(EARLY, (dir) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ as_of: EARLY, scope: '52', label: 'e2e upload' })));
	await page.getByTestId('folder-input').setInputFiles(good);
	await page.getByRole('button', { name: '上传并校验' }).click();
	const result = page.getByTestId('upload-result');
	await expect(result).toContainText('校验通过', { timeout: 60_000 });
	await expect(result).toContainText(`快照 ${EARLY}`);
	await expect(result).toContainText('人员 42 行');
	expect(loaded().some((s) => s.as_of === EARLY)).toBe(false);
	await page.getByRole('button', { name: '确认导入' }).click();
	await expect(result).toContainText('已导入正式数据库', { timeout: 60_000 });
	await expect(page.locator(`tr[data-as-of="${EARLY}"]`)).toBeVisible();
	const after = loaded();
	expect(after.find((s) => s.as_of === EARLY)?.persons).toBe(42);
	expect(after.filter((s) => s.as_of !== EARLY)).toEqual(before);
	await screenshots(page, 'snapshots-loaded');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await hasNoHorizontalScroll(page)).toBe(true);
	await page.setViewportSize({ width: 1280, height: 800 });

	// delete it again: the list is as it was
	page.once('dialog', (d) => d.accept());
	await page.locator(`tr[data-as-of="${EARLY}"] button`, { hasText: '删除' }).click();
	await expect(page.getByText(`已删除 ${EARLY} 的快照`)).toBeVisible({ timeout: 60_000 });
	await expect(page.locator(`tr[data-as-of="${EARLY}"]`)).toHaveCount(0);
	expect(loaded().map((s) => s.as_of)).toEqual(before.map((s) => s.as_of));
	rmSync(join(broken, '..'), { recursive: true, force: true });
	rmSync(join(good, '..'), { recursive: true, force: true });
});
