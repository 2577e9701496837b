import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AlertItem } from '../../src/lib/shared/alerts.ts';

/**
 * Issue 18: load a snapshot that drops a county behind its schedule, and its users — only they, and those
 * above them — see the alert. Its own server on its own small installation (the public example, a plan
 * whose milestone is 30% 养老 coverage from 2016-12-01), so loading a newer quarter disturbs no other test.
 */
const DIR = resolve('data/e2e-alerts');
const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;
const EXAMPLE = 'tests/fixtures/example/2016-12-31';
const PASSWORD = 'E2e-alerts-Pa55word';
const COUNTY = '520328'; // 湄潭县: 6 of 12 insured in the example (50%)
const OTHER = '520102'; // 南明区: 14 of 20 (70%)
let server: ChildProcess | null = null;

const env = {
	...process.env,
	CANBAO_DB: join(DIR, 'canbao.duckdb'), CANBAO_USERS: join(DIR, 'users.json'), CANBAO_AUDIT: join(DIR, 'audit.log'),
	CANBAO_UPLOADS: join(DIR, 'uploads'), CANBAO_STORE: join(DIR, 'work.duckdb'), CANBAO_PLAN: join(DIR, 'plan.json'), CANBAO_DEMO: '0'
};
const canbao = (...args: string[]) => execFileSync(process.execPath, ['bin/canbao.js', ...args], { env, encoding: 'utf8' });

test.beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	writeFileSync(env.CANBAO_PLAN, JSON.stringify({
		name: '测试计划', defaultSchedule: 'test', regions: {},
		schedules: { test: { name: '测试进度安排', stages: [{ name: '全面登记', from: '2016-01-01', to: '2017-12-31' }], milestones: [{ date: '2016-12-01', pension: 0.3 }] } }
	}));
	canbao('load', EXAMPLE, '--db', env.CANBAO_DB);
	for (const [name, role, scope] of [['e2e_admin', 'admin', '52'], ['e2e_county', 'operator', COUNTY], ['e2e_other', 'operator', OTHER], ['e2e_leader', 'leader', '52']]) {
		canbao('user', 'add', name, '--role', role, '--scope', scope, '--password', PASSWORD);
	}
	server = spawn(process.execPath, ['build/index.js'], { env: { ...env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: BASE }, stdio: 'ignore' });
	await expect.poll(() => fetch(`${BASE}/login`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
});
test.afterAll(() => {
	server?.kill();
});

async function signIn(page: Page, username: string): Promise<void> {
	await page.goto(`${BASE}/login`);
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
const alertsOf = async (page: Page, region: string) => ((await (await page.request.get(`${BASE}/alerts?region=${region}`)).json()) as { alerts: AlertItem[] }).alerts;
const behind = (alerts: AlertItem[]) => alerts.filter((a) => a.kind === 'behind').map((a) => a.region).sort();

test('a county that falls behind its schedule in the new snapshot: the alert reaches its users only', async ({ browser }) => {
	test.setTimeout(240_000);
	const county = await (await browser.newContext()).newPage();
	await signIn(county, 'e2e_county');
	expect(behind(await alertsOf(county, COUNTY))).toEqual([]); // 50% ≥ 30%: on schedule

	// the next quarter: the county's insured 养老 persons (AIC003 11, 12) are now 未参保 (91)
	const next = join(DIR, 'next', '2017-03-31');
	cpSync(EXAMPLE, next, { recursive: true });
	writeFileSync(join(next, 'manifest.json'), JSON.stringify({ as_of: '2017-03-31', scope: '52', label: 'e2e 新一期' }));
	const [header, ...lines] = readFileSync(join(next, 'persons.csv'), 'utf8').trimEnd().split('\n');
	const at = header.split(',').indexOf('AIC003');
	writeFileSync(join(next, 'persons.csv'), [header, ...lines.map((l) => {
		const row = l.split(',');
		if (row[11].startsWith(COUNTY) && ['11', '12'].includes(row[at])) row[at] = '91';
		return row.join(',');
	})].join('\n') + '\n');

	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, 'e2e_admin');
	await admin.goto(`${BASE}/snapshots`);
	await admin.waitForLoadState('networkidle');
	await admin.getByTestId('folder-input').setInputFiles(next);
	await admin.getByRole('button', { name: '上传并校验' }).click();
	const result = admin.getByTestId('upload-result');
	await expect(result).toContainText('校验通过', { timeout: 90_000 });
	await admin.getByRole('button', { name: '确认导入' }).click();
	await expect(result).toContainText('已导入正式数据库', { timeout: 90_000 });

	// the figure the alert rests on, from the API: the county is below the 30% milestone now, 南明区 is not
	const coverage = async (region: string) => (await (await county.request.get(`${BASE}/api/metrics?region=${region}`)).json()).metrics['pension.coverage'] as number;
	await expect.poll(() => county.request.get(`${BASE}/api/metrics?region=${COUNTY}`).then(async (r) => (await r.json()).snapshot)).toBe('2017-03-31');
	expect(await coverage(COUNTY)).toBeLessThan(0.3);

	const own = await alertsOf(county, COUNTY);
	expect(behind(own)).toEqual([COUNTY]);
	expect(own.find((a) => a.kind === 'behind')!.message).toContain('低于测试进度安排本阶段进度要求30%');
	await county.goto(`${BASE}/overview?region=${COUNTY}`);
	await expect(county.getByRole('region', { name: '需要关注' })).toContainText('进度安排本阶段进度要求30%');

	// another county's user: nothing of it, and the county's alerts are outside their scope
	const other = await (await browser.newContext()).newPage();
	await signIn(other, 'e2e_other');
	expect(await (await other.request.get(`${BASE}/alerts?region=${COUNTY}`)).status()).toBe(403);
	expect(behind(await alertsOf(other, OTHER))).toEqual([]);
	const otherAsOf = await (await other.request.get(`${BASE}/api/metrics?region=${OTHER}`)).json();
	expect(otherAsOf.metrics['pension.coverage']).toBeGreaterThanOrEqual(0.3);
	await other.goto(`${BASE}/overview?region=${OTHER}`);
	await expect(other.getByRole('region', { name: '需要关注' })).not.toContainText('湄潭');

	// the province's leader sees the county (and its prefecture, whose only county it is) behind
	const leader = await (await browser.newContext()).newPage();
	await signIn(leader, 'e2e_leader');
	expect(behind(await alertsOf(leader, '52'))).toEqual(['5203', COUNTY]);
});
