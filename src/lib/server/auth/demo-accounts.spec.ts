import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoAccounts } from './demo-accounts.ts';

let root: string;
const saved = { root: process.env.CANBAO_ROOT, demo: process.env.CANBAO_DEMO };
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'canbao-demo-'));
	process.env.CANBAO_ROOT = root;
	delete process.env.CANBAO_DEMO;
});
afterEach(() => {
	for (const [key, value] of [['CANBAO_ROOT', saved.root], ['CANBAO_DEMO', saved.demo]] as const) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	rmSync(root, { recursive: true, force: true });
});

describe('demo sign-ins on the sign-in page', () => {
	const list = [{ username: 'lingdao', password: 'canbao2017', role: 'leader', scope: '52', label: '领导（52）' }];
	it('are shown only when data/demo-accounts.json exists and CANBAO_DEMO is not 0', () => {
		expect(demoAccounts()).toEqual([]);
		mkdirSync(join(root, 'data'));
		writeFileSync(join(root, 'data', 'demo-accounts.json'), JSON.stringify(list));
		expect(demoAccounts()).toEqual(list);
		process.env.CANBAO_DEMO = '0';
		expect(demoAccounts()).toEqual([]);
	});
});
