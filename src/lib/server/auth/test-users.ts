import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** For specs: points CANBAO_USERS and CANBAO_AUDIT at a fresh temp folder; returns the clean-up. */
export function useTempAccounts(): { dir: string; done: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'canbao-auth-'));
	const saved = { users: process.env.CANBAO_USERS, audit: process.env.CANBAO_AUDIT };
	process.env.CANBAO_USERS = join(dir, 'users.json');
	process.env.CANBAO_AUDIT = join(dir, 'audit.log');
	return {
		dir,
		done: () => {
			for (const [key, value] of [['CANBAO_USERS', saved.users], ['CANBAO_AUDIT', saved.audit]] as const) {
				if (value === undefined) delete process.env[key];
				else process.env[key] = value;
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
