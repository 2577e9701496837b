import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshots, signIn } from './helpers.ts';
import { auditLines } from './security-routes.ts';

/**
 * Issue 14 finding 11: an upload folder the server does not know (left by a killed server) is listed on
 * 快照管理 for the 管理员 with its size, and 删除文件 removes it from disk, audited.
 */
const UPLOADS = 'data/e2e/uploads';

test('快照管理: an abandoned upload is listed and its files removed by the 管理员 (audited)', async ({ page }) => {
	const id = `abandoned-e2e-${Date.now()}`;
	const dir = join(UPLOADS, id, 'files', '2017-12-31');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'persons.csv'), 'AAC002\n' + '520102198001011234\n'.repeat(1000));
	await signIn(page, 'admin', '/snapshots');
	await page.goto('/snapshots');
	const row = page.locator(`tr[data-upload="${id}"]`);
	await expect(row).toContainText('未完成（服务器重启前留下）');
	await expect(row).toContainText('19 KB'); // 7 + 19 × 1000 bytes
	await screenshots(page, 'snapshots-abandoned');
	const start = auditLines().length;
	await row.getByRole('button', { name: '删除文件' }).click();
	await expect(page.getByText('已删除未完成上传的文件')).toBeVisible();
	await expect(row).toHaveCount(0);
	expect(existsSync(join(UPLOADS, id))).toBe(false);
	expect(auditLines().slice(start)).toEqual([expect.objectContaining({ user: 'admin', action: 'upload-discard', query: { upload: id, files: '1', bytes: '19007' } })]);
});
