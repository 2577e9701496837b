import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { E2E } from './global-setup.ts';

export interface Account {
	username: string;
	password: string;
	role: string;
	scope: string;
}

/** The generated accounts: lingdao (leader, province), duda (supervisor, prefecture), duda_xiang (township supervisor), guihua (planner), jingban (operator, county), admin. */
export function account(username: string): Account {
	const accounts = JSON.parse(readFileSync(E2E.accounts, 'utf8')) as Account[];
	const found = accounts.find((a) => a.username === username);
	if (!found) throw new Error(`no demo account ${username}`);
	return found;
}

export async function signIn(page: Page, username: string, next = '/'): Promise<Account> {
	const a = account(username);
	await page.goto(`/login?next=${encodeURIComponent(next)}`);
	await page.getByLabel('用户名').fill(a.username);
	await page.getByLabel('密码').fill(a.password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	return a;
}

/** Runs the real CLI on the e2e database: the independent path the page figures are checked against. */
export function cli<T = unknown>(...args: string[]): T {
	const out = execFileSync('node', ['bin/canbao.js', ...args, '--db', E2E.db, '--json'], { encoding: 'utf8' });
	return JSON.parse(out) as T;
}

/** Saves a screenshot at desktop and phone width under tests/screenshots/ (git-ignored). */
export async function screenshots(page: Page, name: string): Promise<void> {
	mkdirSync('tests/screenshots', { recursive: true });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.screenshot({ path: `tests/screenshots/${name}-desktop.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(300);
	await page.screenshot({ path: `tests/screenshots/${name}-phone.png`, fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });
}

/** The page must not scroll sideways (issue 4: leaders read on phones). */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/** A count straight from the e2e database (read-only): an independent path beside the engine's aggregates. */
export async function sqlCount(sql: string): Promise<number> {
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const instance = await DuckDBInstance.create(E2E.db, { access_mode: 'READ_ONLY' });
	try {
		const connection = await instance.connect();
		const reader = await connection.runAndReadAll(sql);
		return Number(reader.getRows()[0][0]);
	} finally {
		instance.closeSync();
	}
}
