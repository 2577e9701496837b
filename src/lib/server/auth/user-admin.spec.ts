import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../audit/audit-log.ts';
import { findUser } from './users.ts';
import { verifyPassword } from './passwords.ts';
import { createUser, disableUser, issueUserToken, listManagedUsers, resetUserPassword, revokeUserToken } from './user-admin.ts';
import { useTempAccounts } from './test-users.ts';

let temp: ReturnType<typeof useTempAccounts>;
const province = { username: 'admin', role: 'admin', scope: '52' };
const prefecture = { username: 'admin_zy', role: 'admin', scope: '5203' };
beforeEach(() => (temp = useTempAccounts()));
afterEach(() => temp.done());

describe('user administration', () => {
	it('creates users with a generated password shown once, and records each change in the audit log', async () => {
		const { user, password } = await createUser(province, { username: 'zhao', role: 'operator', scope: '520303' });
		expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
		expect(await verifyPassword(password, findUser('zhao')!.passwordHash)).toBe(true);
		disableUser(province, 'zhao', true);
		const next = await resetUserPassword(province, 'zhao');
		expect(await verifyPassword(next, findUser('zhao')!.passwordHash)).toBe(true);
		issueUserToken(province, 'zhao');
		expect(listManagedUsers(province)).toEqual([expect.objectContaining({ username: 'zhao', disabled: true, hasToken: true })]);
		revokeUserToken(province, 'zhao');
		expect(readAudit().map((e) => [e.user, e.action, e.query.username])).toEqual([
			['admin', 'user-token-revoke', 'zhao'], ['admin', 'user-token', 'zhao'], ['admin', 'user-reset', 'zhao'], ['admin', 'user-disable', 'zhao'], ['admin', 'user-add', user.username]
		]);
		expect(JSON.stringify(readAudit())).not.toContain(password);
	});

	it('keeps a 管理员 to the accounts of their own scope', async () => {
		await createUser(province, { username: 'gy', role: 'leader', scope: '5201' });
		await createUser(province, { username: 'zy', role: 'leader', scope: '5203' });
		await expect(createUser(prefecture, { username: 'x1', role: 'leader', scope: '52' })).rejects.toThrow('超出您的范围');
		expect(listManagedUsers(prefecture).map((u) => u.username)).toEqual(['zy']);
		expect(() => disableUser(prefecture, 'gy', true)).toThrow('没有用户');
		await expect(resetUserPassword(prefecture, 'gy')).rejects.toThrow('没有用户');
		expect(findUser('gy')!.disabled).toBe(false);
	});

	it('does not let a 管理员 disable their own account', async () => {
		await createUser({ username: 'cli:root', role: 'cli', scope: '' }, { username: 'admin', role: 'admin', scope: '52', password: '12345678' });
		expect(() => disableUser(province, 'admin', true)).toThrow('不能停用自己的账号');
	});
});
