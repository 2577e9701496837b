import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';

export interface DemoAccount {
	username: string;
	password: string;
	role: string;
	scope: string;
	label: string;
}

/** The demo sign-ins, shown on the sign-in page only in demo mode (data/demo-accounts.json exists). */
export function demoAccounts(): DemoAccount[] {
	const path = resolve(projectRoot(), 'data', 'demo-accounts.json');
	if (process.env.CANBAO_DEMO === '0' || !existsSync(path)) return [];
	return JSON.parse(readFileSync(path, 'utf8')) as DemoAccount[];
}
