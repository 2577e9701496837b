import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, screenshots, signIn } from './helpers.ts';
import { E2E } from './global-setup.ts';

type Snapshot = { as_of: string; persons: number };
const FIXTURE = 'tests/fixtures/example/2016-12-31';
// earlier than every generated quarter (and than snapshots-upload's 2013-12-31): other tests never read it
const DATE = '2013-09-30';
// the generated quarters and this test's own date: the other upload tests add and delete their own early dates meanwhile
const loaded = () => cli<Snapshot[]>('snapshots').filter((s) => s.as_of >= '2014-12-31' || s.as_of === DATE);

/** The fixture for DATE with only its first `n` persons (all when n is undefined). */
function folder(root: string, n?: number): string {
	const dir = join(root, `${DATE}-${n ?? 'all'}`, DATE);
	cpSync(FIXTURE, dir, { recursive: true });
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ as_of: DATE, scope: '52' }));
	if (n !== undefined) {
		const lines = readFileSync(join(FIXTURE, 'persons.csv'), 'utf8').trimEnd().split('\n');
		writeFileSync(join(dir, 'persons.csv'), lines.slice(0, n + 1).join('\n') + '\n');
	}
	return dir;
}

test('快照管理: replacing a loaded date with far fewer persons shows before → after and needs a second confirmation', async ({ page }) => {
	test.setTimeout(240_000);
	const root = mkdtempSync(join(tmpdir(), 'canbao-shrink-'));
	const total = readFileSync(join(FIXTURE, 'persons.csv'), 'utf8').trimEnd().split('\n').length - 1;
	execFileSync('node', ['bin/canbao.js', 'load', folder(root), '--db', E2E.db]);
	const others = loaded().filter((s) => s.as_of !== DATE);
	expect(loaded().find((s) => s.as_of === DATE)?.persons).toBe(total);

	await signIn(page, 'admin', '/snapshots');
	await page.goto('/snapshots');
	await page.waitForLoadState('networkidle');
	const steps: { step: string | null; fraction: number | null; phase: string }[] = [];
	page.on('response', async (r) => {
		if (/\/snapshots\/uploads\/[0-9a-f-]+/.test(r.url()) && r.request().method() !== 'PUT') steps.push(await r.json().catch(() => ({})));
	});

	await page.getByTestId('folder-input').setInputFiles(folder(root, 10));
	await page.getByRole('button', { name: '上传并校验' }).click();
	const result = page.getByTestId('upload-result');
	await expect(result).toContainText('校验通过', { timeout: 90_000 });
	// before → after, as issue 20 asks: 42 → 10 (−76%)
	const pct = Math.round(((total - 10) / total) * 100);
	await expect(page.getByTestId('shrink-warning')).toContainText(`人员数大幅减少：${total} → 10（−${pct}%）`);
	const confirmButton = page.getByRole('button', { name: '确认导入' });
	await expect(confirmButton).toBeDisabled();
	await screenshots(page, 'snapshots-shrink');

	// the server refuses the load without the second confirmation, whatever the page does
	const id = steps.find((s) => s.phase === 'valid') as unknown as { id: string };
	const direct = await page.request.post(`/snapshots/uploads/${id.id}`, { data: { action: 'load' }, headers: { origin: new URL(page.url()).origin } });
	expect(direct.status()).toBe(400);
	expect((await direct.json()).message).toContain(`此次导入会使 ${DATE} 的人员数减少一半以上`);
	expect(loaded().find((s) => s.as_of === DATE)?.persons).toBe(total);

	// the validation reported its steps (not only an indeterminate bar)
	const seen = steps.filter((s) => s.phase === 'validating').map((s) => s.step);
	expect(seen.length).toBeGreaterThan(0);
	for (const s of seen) expect(['解压并检查压缩包', '读取文件、检查列', '写入单位、户籍人口与参保记录', '写入人员', '汇总各级统计', '保存', '核对结果']).toContain(s);

	await page.getByTestId('shrink-confirm').getByRole('checkbox').check();
	await expect(confirmButton).toBeEnabled();
	await confirmButton.click();
	await expect(result).toContainText('已导入正式数据库', { timeout: 90_000 });
	const after = loaded();
	expect(after.find((s) => s.as_of === DATE)?.persons).toBe(10);
	expect(after.filter((s) => s.as_of !== DATE)).toEqual(others);

	// remove the date again through the page: the list is as before the test
	await page.reload();
	page.once('dialog', (d) => d.accept());
	await page.locator(`tr[data-as-of="${DATE}"] button`, { hasText: '删除' }).click();
	await expect(page.getByText(`已删除 ${DATE} 的快照`)).toBeVisible({ timeout: 60_000 });
	expect(loaded()).toEqual(others);
	rmSync(root, { recursive: true, force: true });
});
