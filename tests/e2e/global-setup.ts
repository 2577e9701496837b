import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/**
 * The province every browser test runs on: generated with a fixed seed, all quarters loaded, one
 * account per role. Made once and reused while the generator's seed and size stay the same.
 */
export const E2E = {
	dir: 'data/e2e',
	db: 'data/e2e/canbao.duckdb',
	users: 'data/e2e/users.json',
	accounts: 'data/e2e/accounts.json',
	persons: '30000',
	seed: '20171231'
};

export default async function globalSetup(): Promise<void> {
	if (existsSync(E2E.db) && existsSync(E2E.accounts)) return;
	rmSync(E2E.dir, { recursive: true, force: true });
	const canbao = (...args: string[]) =>
		execFileSync('node', ['bin/canbao.js', ...args], { stdio: 'inherit', env: { ...process.env, CANBAO_USERS: E2E.users } });
	canbao('generate', '--out', `${E2E.dir}/snapshots`, '--persons', E2E.persons, '--seed', E2E.seed);
	canbao('load', `${E2E.dir}/snapshots`, '--db', E2E.db);
	canbao('demo-accounts', '--db', E2E.db, '--list', E2E.accounts);
}
