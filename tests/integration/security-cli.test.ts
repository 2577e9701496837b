import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '../../src/lib/server/auth/passwords.ts';

/** `canbao user …` run as a real process on a temporary users file and audit log. */
let dir: string;
const run = (...args: string[]) => {
	const result = spawnSync('node', ['bin/canbao.js', 'user', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CANBAO_USERS: join(dir, 'users.json'), CANBAO_AUDIT: join(dir, 'audit.log') }
	});
	return { code: result.status, out: result.stdout, err: result.stderr };
};
const users = () => JSON.parse(readFileSync(join(dir, 'users.json'), 'utf8')) as Record<string, unknown>[];
const audit = () => readFileSync(join(dir, 'audit.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string; user: string; query: Record<string, string> });

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'canbao-user-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('canbao user', () => {
	it('adds a user with a generated password shown once, stores only its hash in a 0600 file', async () => {
		const added = run('add', 'zhang', '--role', 'operator', '--scope', '520303', '--name', '张经办');
		expect(added.code).toBe(0);
		const password = added.out.match(/初始密码（只显示这一次）：(\S+)/)?.[1];
		expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
		const [stored] = users();
		expect(stored).toMatchObject({ username: 'zhang', role: 'operator', scope: '520303', displayName: '张经办', disabled: false });
		expect(JSON.stringify(users())).not.toContain(password);
		expect(await verifyPassword(password!, stored.passwordHash as string)).toBe(true);
		expect(statSync(join(dir, 'users.json')).mode & 0o777).toBe(0o600);
		expect(audit()).toEqual([expect.objectContaining({ action: 'user-add', user: expect.stringMatching(/^cli:/), query: { username: 'zhang', role: 'operator', scope: '520303' } })]);
	});

	it('refuses bad input with exit code 2 and a Chinese message, changing nothing', () => {
		expect(run('add', 'li', '--role', 'operator', '--scope', '52', '--password', 'li-password').code).toBe(0);
		for (const args of [
			['add', 'li', '--role', 'operator', '--scope', '52', '--password', 'li-password'],
			['add', 'wang', '--role', 'root', '--scope', '52'],
			['add', 'wang', '--role', 'leader', '--scope', "52' OR 1=1"],
			['add', 'wang', '--role', 'leader'],
			['add', 'wang', '--role', 'leader', '--scope', '52', '--password', 'short'],
			['disable', 'nobody'],
			['frobnicate', 'li'],
			['add', 'wang', '--role', 'leader', '--scope', '52', '--colour', 'red']
		]) {
			const result = run(...args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.err, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
		}
		expect(users().map((u) => u.username)).toEqual(['li']);
	});

	it('lists, disables, enables, resets, issues and revokes tokens, and removes', async () => {
		run('add', 'liu', '--role', 'planner', '--scope', '5203', '--password', 'liu-password');
		expect(run('disable', 'liu').code).toBe(0);
		expect(users()[0]).toMatchObject({ disabled: true, sessionVersion: 1 });
		expect(run('enable', 'liu').code).toBe(0);
		const listed = JSON.parse(run('list', '--json').out);
		expect(listed).toEqual([expect.objectContaining({ username: 'liu', disabled: false, hasToken: false })]);
		expect(JSON.stringify(listed)).not.toContain('scrypt');

		const reset = run('reset', 'liu');
		const next = reset.out.match(/新密码（只显示这一次）：(\S+)/)?.[1];
		expect(await verifyPassword(next!, users()[0].passwordHash as string)).toBe(true);

		const token = JSON.parse(run('token', 'liu', '--json').out).token as string;
		expect(token).toMatch(/^cbt_/);
		expect(readFileSync(join(dir, 'users.json'), 'utf8')).not.toContain(token);
		expect(users()[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
		expect(run('token', 'liu', '--revoke').code).toBe(0);
		expect(users()[0].tokenHash).toBeUndefined();
		expect(run('remove', 'liu').code).toBe(0);
		expect(users()).toEqual([]);
		expect(audit().map((e) => e.action)).toEqual(['user-add', 'user-disable', 'user-enable', 'user-reset', 'user-token', 'user-token-revoke', 'user-remove']);
		expect(readFileSync(join(dir, 'audit.log'), 'utf8')).not.toContain(token);
	});
});
