import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { addUser, changeUsers, findUser, publicUser, readUsers, resetPassword, setDisabled, usersPath } from './users.ts';
import { verifyPassword } from './passwords.ts';
import { useTempAccounts } from './test-users.ts';

let temp: ReturnType<typeof useTempAccounts>;
beforeEach(() => (temp = useTempAccounts()));
afterEach(() => temp.done());

describe('users file', () => {
	it('adds a user with a hashed password in a file only its owner can read', async () => {
		const user = await addUser({ username: 'zhang.san', role: 'supervisor', scope: '520303', password: 'geheim-123', displayName: '张三' });
		expect(user).toMatchObject({ username: 'zhang.san', role: 'supervisor', scope: '520303', disabled: false, displayName: '张三' });
		expect(user).not.toHaveProperty('passwordHash');
		const text = readFileSync(usersPath(), 'utf8');
		expect(text).not.toContain('geheim-123');
		expect(statSync(usersPath()).mode & 0o777).toBe(0o600);
		expect(await verifyPassword('geheim-123', findUser('zhang.san')!.passwordHash)).toBe(true);
	});

	it('refuses bad input with a Chinese message naming what is wrong', async () => {
		await addUser({ username: 'a1', role: 'leader', scope: '52', password: '12345678' });
		await expect(addUser({ username: 'a1', role: 'leader', scope: '52', password: '12345678' })).rejects.toThrow('已存在');
		await expect(addUser({ username: "x' OR 1=1", role: 'leader', scope: '52', password: '12345678' })).rejects.toThrow('用户名');
		await expect(addUser({ username: 'b1', role: 'root', scope: '52', password: '12345678' })).rejects.toThrow('角色');
		await expect(addUser({ username: 'b1', role: 'leader', scope: '52%', password: '12345678' })).rejects.toThrow('权限范围');
		await expect(addUser({ username: 'b1', role: 'leader', scope: '523', password: '12345678' })).rejects.toThrow('权限范围');
		await expect(addUser({ username: 'b1', role: 'leader', scope: '52', password: 'short' })).rejects.toThrow('密码至少 8 位');
		expect(readUsers().map((u) => u.username)).toEqual(['a1']);
	});

	it('moves the session version on on reset and disable, not on enable', async () => {
		await addUser({ username: 'u1', role: 'planner', scope: '52', password: '12345678' });
		expect(findUser('u1')!.sessionVersion).toBe(0);
		await resetPassword('u1', 'abcdefgh');
		expect(findUser('u1')!.sessionVersion).toBe(1);
		expect(await verifyPassword('abcdefgh', findUser('u1')!.passwordHash)).toBe(true);
		setDisabled('u1', true);
		expect(findUser('u1')).toMatchObject({ disabled: true, sessionVersion: 2 });
		setDisabled('u1', false);
		expect(findUser('u1')).toMatchObject({ disabled: false, sessionVersion: 2 });
		expect(() => setDisabled('nobody', true)).toThrow('没有用户');
	});

	it('loses no user when several are added at once', async () => {
		await Promise.all(['p1', 'p2', 'p3', 'p4'].map((username) => addUser({ username, role: 'leader', scope: '52', password: '12345678' })));
		expect(readUsers().map((u) => u.username).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
	});

	it('does not let callers change the cached users by accident', async () => {
		await addUser({ username: 'c1', role: 'leader', scope: '52', password: '12345678' });
		const list = readUsers();
		list.pop();
		expect(readUsers()).toHaveLength(1);
		expect(() => ((readUsers()[0] as { role: string }).role = 'admin')).toThrow();
		expect(findUser('c1')!.role).toBe('leader');
	});

	it('releases the lock when a change fails', async () => {
		expect(() => changeUsers(() => { throw new Error('boom'); })).toThrow('boom');
		await addUser({ username: 'd1', role: 'leader', scope: '52', password: '12345678' });
		expect(findUser('d1')).toBeDefined();
	});

	it('shows no hashes to pages', async () => {
		await addUser({ username: 'e1', role: 'leader', scope: '52', password: '12345678' });
		const shown = publicUser({ ...findUser('e1')!, tokenHash: 'f'.repeat(64) });
		expect(Object.keys(shown).sort()).toEqual(['createdAt', 'disabled', 'displayName', 'role', 'scope', 'username']);
	});
});
