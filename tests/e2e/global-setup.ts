import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';

/**
 * The province every browser test runs on: generated with a fixed seed, all quarters loaded, one
 * account per role. Made once and reused (made again when the CLI refuses it, e.g. a file of an older
 * schema version); a lock folder keeps parallel runs from making it twice.
 */
export const E2E = {
	dir: 'data/e2e',
	db: 'data/e2e/canbao.duckdb',
	users: 'data/e2e/users.json',
	accounts: 'data/e2e/accounts.json',
	persons: '30000',
	seed: '20171231'
};

const LOCK = 'data/e2e-setup.lock';

export default async function globalSetup(): Promise<void> {
	const ready = () => existsSync(E2E.db) && existsSync(E2E.accounts) && readable();
	if (ready()) return;
	mkdirSync('data', { recursive: true });
	while (true) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 2_000)); // another run is generating it
			if (ready()) return;
		}
	}
	try {
		if (ready()) return;
		rmSync(E2E.dir, { recursive: true, force: true });
		const canbao = (...args: string[]) =>
			execFileSync('node', ['bin/canbao.js', ...args], { stdio: 'inherit', env: { ...process.env, CANBAO_USERS: E2E.users } });
		canbao('generate', '--out', `${E2E.dir}/snapshots`, '--persons', E2E.persons, '--seed', E2E.seed);
		canbao('load', `${E2E.dir}/snapshots`, '--db', E2E.db);
		canbao('demo-accounts', '--db', E2E.db, '--list', E2E.accounts);
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

/** The CLI can read the database: it refuses a file written before the current schema (db/schema.ts). */
function readable(): boolean {
	try {
		execFileSync('node', ['bin/canbao.js', 'snapshots', '--db', E2E.db, '--json'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
