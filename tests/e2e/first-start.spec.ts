import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// `npm start` on a machine without a database: serves once the latest quarter is loaded, then the
// twelve earlier quarters arrive in the background and the running server answers for them.
const DIR = 'data/e2e-first-start';
const PORT = 4179;

let server: ChildProcess | null = null;
test.afterAll(() => {
	server?.kill();
});

test('the first start serves the latest quarter at once and the earlier ones after the background load', async ({ page }) => {
	test.setTimeout(300_000);
	rmSync(DIR, { recursive: true, force: true });
	const env: NodeJS.ProcessEnv = { ...process.env, CANBAO_DATA_DIR: DIR, CANBAO_DEMO_PERSONS: '10000', PORT: String(PORT), HOST: '127.0.0.1' };
	for (const key of ['CANBAO_DB', 'CANBAO_USERS', 'CANBAO_AUDIT', 'CANBAO_UPLOADS', 'ORIGIN', 'CANBAO_DEMO']) delete env[key];
	server = spawn(process.execPath, ['scripts/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	await expect.poll(() => output, { timeout: 150_000 }).toContain('参保登记监测已启动');
	expect(output).toContain('演示账号');

	const leader = (JSON.parse(readFileSync(`${DIR}/demo-accounts.json`, 'utf8')) as { username: string; password: string }[]).find(
		(a) => a.username === 'lingdao'
	)!;
	const base = `http://127.0.0.1:${PORT}`;
	const answers = () => fetch(`${base}/login`).then((r) => r.status, () => 0);
	await expect.poll(answers, { timeout: 30_000 }).toBe(200);
	await page.goto(`${base}/login`);
	await page.getByLabel('用户名').fill(leader.username);
	await page.getByLabel('密码').fill(leader.password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));

	const latest = await page.request.get(`${base}/api/metrics?region=52`);
	expect(latest.status()).toBe(200);
	expect((await latest.json()).snapshot).toBe('2017-12-31');

	await expect.poll(() => output, { timeout: 240_000 }).toMatch(/13 个季度已全部导入|后台导入演示数据未完成/);
	expect(output).toContain('13 个季度已全部导入');
	// the running server switched to the completed database: the first quarter answers, the trend has a delta
	const first = await page.request.get(`${base}/api/metrics?region=52&snapshot=2014-12-31`);
	expect(first.status()).toBe(200);
	const now = await (await page.request.get(`${base}/api/metrics?region=52`)).json();
	expect(typeof now.metrics['pension.coverage_delta']).toBe('number');
});
