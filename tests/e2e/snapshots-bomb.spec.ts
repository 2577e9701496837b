import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, signIn } from './helpers.ts';
import { buildZip, deflated, zeros } from '../../src/lib/server/uploads/test-zip.ts';

/**
 * Issue 14 finding 5 against the running server: a 1 MB zip that expands to 1 GiB, uploaded as the page
 * does (400 KB pieces), is refused with a Chinese message, leaves no files, and the server's peak
 * resident memory (VmHWM of its process) grows by less than 100 MB; so does one whose header lies.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);

function serverMemory(): { rss: number; peak: number } {
	const line = execFileSync('ss', ['-ltnpH', `sport = :${PORT}`], { encoding: 'utf8' });
	const pid = /pid=(\d+)/.exec(line)?.[1];
	if (!pid) throw new Error(`no server on port ${PORT}`);
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1]) * 1024;
	return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function upload(page: Page, zip: Buffer): Promise<{ id: string; phase: string; message: string }> {
	const origin = new URL(page.url()).origin;
	const headers = { origin };
	const start = await (await page.request.post('/snapshots/uploads', { headers })).json();
	for (let offset = 0; offset < zip.length; offset += 400_000) {
		const piece = zip.subarray(offset, Math.min(zip.length, offset + 400_000));
		const put = await page.request.put(`/snapshots/uploads/${start.id}?name=snap.zip&offset=${offset}`, {
			data: piece,
			headers: { ...headers, 'content-type': 'application/octet-stream' }
		});
		expect(put.status()).toBe(200);
	}
	let status = await (await page.request.post(`/snapshots/uploads/${start.id}`, { data: { action: 'validate' }, headers })).json();
	while (status.phase === 'validating') {
		await page.waitForTimeout(200);
		status = await (await page.request.get(`/snapshots/uploads/${start.id}`)).json();
	}
	return status;
}

test('快照管理: a 1 GiB-expanding zip is refused, no files kept, server memory growth under 100 MB', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, 'admin', '/snapshots');
	const before = cli('snapshots');
	const gib = zeros(1024);
	const base = serverMemory();

	const honest = await upload(page, buildZip([{ name: '2013-06-30/persons.csv', data: gib }]));
	expect(honest.phase).toBe('refused');
	expect(honest.message).toMatch(/^压缩包 snap\.zip 中的 2013-06-30\/persons\.csv 压缩比异常（.* 解压为 1 GB，超过 200 倍），疑似压缩炸弹，已拒绝$/);

	const lying = await upload(page, buildZip([
		{ name: '2013-06-30/enrolments.csv', data: deflated('AAC002\n') },
		{ name: '2013-06-30/persons.csv', data: gib, declaredSize: 4 << 20 }
	]));
	expect(lying.phase).toBe('refused');
	expect(lying.message).toBe('压缩包 snap.zip 中的 2013-06-30/persons.csv 解压后超过其声明的大小（4 MB），疑似压缩炸弹，已拒绝');

	const after = serverMemory();
	test.info().annotations.push({ type: 'server memory', description: `peak +${((after.peak - base.peak) / 2 ** 20).toFixed(1)} MB, rss ${((after.rss - base.rss) / 2 ** 20).toFixed(1)} MB` });
	expect((after.peak - base.peak) / 2 ** 20).toBeLessThan(100);
	expect((after.rss - base.rss) / 2 ** 20).toBeLessThan(100);
	for (const id of [honest.id, lying.id]) expect(existsSync(join('data/e2e/uploads', id))).toBe(false);
	expect(cli('snapshots')).toEqual(before);
});
