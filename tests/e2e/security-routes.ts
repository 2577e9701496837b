import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { E2E } from './global-setup.ts';
import { account, cli } from './helpers.ts';

/**
 * What the security tests share: every route of the app with the roles that may open it (written
 * out from issue 6, not read from roles.ts, so a wrong permission table is caught), signed-in API
 * contexts per account, the audit log of the e2e server, and the CLI for test-only accounts.
 */
export const ROLES = ['lingdao', 'duda', 'duda_xiang', 'guihua', 'jingban', 'admin'] as const;
export type DemoName = (typeof ROLES)[number];

export interface RouteSpec {
	path: string;
	api: boolean;
	/** engineer building it (for the report) */
	owner: string;
	/** demo accounts that may open it; the others get 403 */
	allowed: readonly DemoName[];
	/** does it take ?region= (scope-checked)? */
	regional: boolean;
	/** view-state parameters it reads besides region */
	params: readonly string[];
}

const ALL = ROLES;
const AGGREGATE_PARAMS = ['snapshot', 'insurance'] as const;

export const ROUTES: RouteSpec[] = [
	{ path: '/overview', api: false, owner: 'A', allowed: ALL, regional: true, params: [...AGGREGATE_PARAMS, 'metric'] },
	{ path: '/rank', api: false, owner: 'A', allowed: ALL, regional: true, params: [...AGGREGATE_PARAMS, 'metric', 'sort'] },
	{ path: '/bulletin', api: false, owner: 'A', allowed: ALL, regional: true, params: [...AGGREGATE_PARAMS, 'metric'] },
	{ path: '/api/rank', api: true, owner: 'A', allowed: ALL, regional: true, params: ['snapshot', 'metric'] },
	{ path: '/hotspots', api: false, owner: 'B', allowed: ALL, regional: true, params: [...AGGREGATE_PARAMS, 'sort'] },
	// 扩面人群: 规划, 经办 and 管理员; not 领导 or 督导 (issue 6: "规划 (aggregates, groups, …)")
	{ path: '/groups', api: false, owner: 'B', allowed: ['guihua', 'jingban', 'admin'], regional: true, params: [...AGGREGATE_PARAMS, 'group', 'sort'] },
	{ path: '/duplicates', api: false, owner: 'B', allowed: ALL, regional: true, params: [...AGGREGATE_PARAMS, 'sort'] },
	{ path: '/quality', api: false, owner: 'B', allowed: ALL, regional: true, params: ['snapshot', 'sort'] },
	{ path: '/report', api: false, owner: 'B', allowed: ALL, regional: true, params: ['snapshot'] },
	{ path: '/snapshots', api: false, owner: 'B', allowed: ['admin'], regional: false, params: [] },
	{ path: '/api/metrics', api: true, owner: 'lead', allowed: ALL, regional: true, params: ['snapshot'] },
	{ path: '/api/report', api: true, owner: 'lead', allowed: ALL, regional: true, params: ['snapshot'] },
	{ path: '/admin/users', api: false, owner: 'security', allowed: ['admin'], regional: false, params: [] },
	{ path: '/admin/audit', api: false, owner: 'security', allowed: ['admin'], regional: false, params: [] },
	// this round's pages (issues 16–18): aggregates for every role; the person look-up for 经办 only
	{ path: '/score', api: false, owner: 'score', allowed: ALL, regional: true, params: ['snapshot'] },
	{ path: '/changes', api: false, owner: 'changes', allowed: ALL, regional: true, params: ['insurance'] },
	{ path: '/survey', api: false, owner: 'survey', allowed: ALL, regional: true, params: ['snapshot'] },
	// 单位稽核 (issue 17 item 3): employer aggregates for every role; the staff list inside is checked in employers-staff.spec.ts
	{ path: '/employers', api: false, owner: 'follow', allowed: ALL, regional: true, params: ['snapshot', 'repeat'] },
	{ path: '/person', api: false, owner: 'survey', allowed: ['jingban'], regional: false, params: [] },
	// the region search answers inside the signed-in user's scope only (it takes no ?region=)
	{ path: '/api/regions', api: true, owner: 'ui', allowed: ALL, regional: false, params: ['q'] },
	{ path: '/help', api: false, owner: 'ui', allowed: ALL, regional: false, params: [] }
];

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** An API context signed in as `username` (through the real sign-in form, with its session cookie). */
export async function signedIn(username: string, password = account(username).password): Promise<APIRequestContext> {
	const context = await request.newContext({ baseURL: BASE_URL });
	const response = await context.post('/login', {
		form: { username, password, next: '/' },
		headers: { origin: BASE_URL, accept: 'text/html' }, // a plain form post, not SvelteKit's JSON action answer
		maxRedirects: 0
	});
	if (response.status() !== 303) throw new Error(`sign-in of ${username} failed: ${response.status()} ${await response.text()}`);
	return context;
}

/** GET without following redirects: the status the route itself answers. */
export async function statusOf(context: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
	const response = await context.get(url, { maxRedirects: 0 });
	return { status: response.status(), body: await response.text() };
}

/** Routes that answer anything but 404 to the 管理员 (who may open every page) exist. */
export async function existingRoutes(): Promise<Set<string>> {
	const admin = await signedIn('admin');
	const found = new Set<string>();
	for (const route of ROUTES) if ((await statusOf(admin, route.path)).status !== 404) found.add(route.path);
	await admin.dispose();
	return found;
}

/** The region codes one level below `region` in the e2e province (from the CLI, independent of the app). */
export function childrenOf(region: string): string[] {
	return cli<{ rows: { code: string }[] }>('report', '--region', region).rows.map((r) => r.code);
}

/** A region of the same level as `code`, outside it (a sibling under the same parent). */
export function siblingOf(code: string): string {
	const parentLength = { 4: 2, 6: 4, 9: 6, 12: 9 }[code.length];
	if (!parentLength) throw new Error(`no parent for ${code}`);
	const sibling = childrenOf(code.slice(0, parentLength)).find((c) => c !== code);
	if (!sibling) throw new Error(`no sibling of ${code}`);
	return sibling;
}

export const AUDIT_LOG = 'data/e2e/audit.log'; // CANBAO_AUDIT of playwright.config.ts

export interface AuditLine {
	at: string;
	user: string;
	role: string;
	action: string;
	query: Record<string, unknown>;
	rows: number;
}

export function auditLines(): AuditLine[] {
	if (!existsSync(AUDIT_LOG)) return [];
	return readFileSync(AUDIT_LOG, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditLine);
}

/** `canbao user …` on the e2e users file; returns stdout, or throws with the exit code. */
export function userCli(...args: string[]): string {
	return execFileSync('node', ['bin/canbao.js', 'user', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANBAO_USERS: E2E.users, CANBAO_AUDIT: AUDIT_LOG },
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

/** A test-only account (never a shared demo one): removed if left over from an earlier run, then added. */
export function freshAccount(username: string, role: string, scope: string, password: string): void {
	try {
		userCli('remove', username);
	} catch {
		// not there yet
	}
	userCli('add', username, '--role', role, '--scope', scope, '--password', password);
}

/** 18-character id numbers (公民身份号码) anywhere in a text. */
export const FULL_ID = /(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g;
/** Mobile numbers, unmasked. */
export const FULL_PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

/**
 * Signs the browser in through the sign-in form, retrying when the dev server reloads the page
 * under the test (other engineers' edits make Vite reload open pages).
 */
export async function browserSignIn(page: Page, username: string, next = '/'): Promise<void> {
	const { password } = account(username);
	await expect(async () => {
		await page.goto(`/login?next=${encodeURIComponent(next)}`);
		await page.getByLabel('用户名').fill(username);
		await page.getByLabel('密码').fill(password);
		await page.getByRole('button', { name: '登录' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 8_000 });
	}).toPass({ timeout: 45_000 });
}

/** Retries one form action on a page until its confirmation shows (see browserSignIn on reloads). */
export async function submitUntil(page: Page, act: () => Promise<void>, confirmation: RegExp | string): Promise<void> {
	await expect(async () => {
		await act();
		await expect(page.getByRole('status').filter({ hasText: confirmation })).toBeVisible({ timeout: 6_000 });
	}).toPass({ timeout: 45_000 });
}
