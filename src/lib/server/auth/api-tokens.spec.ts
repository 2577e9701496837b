import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addUser, setDisabled, usersPath } from './users.ts';
import { bearerToken, issueToken, revokeToken, userForToken } from './api-tokens.ts';
import { useTempAccounts } from './test-users.ts';

let temp: ReturnType<typeof useTempAccounts>;
beforeEach(async () => {
	temp = useTempAccounts();
	await addUser({ username: 'script', role: 'leader', scope: '5203', password: '12345678' });
	await addUser({ username: 'other', role: 'admin', scope: '52', password: '12345678' });
});
afterEach(() => temp.done());

describe('API tokens', () => {
	it('stores only a hash and finds the user by the token', () => {
		const token = issueToken('script');
		expect(token).toMatch(/^cbt_[A-Za-z0-9_-]{43}$/);
		expect(readFileSync(usersPath(), 'utf8')).not.toContain(token.slice(4));
		expect(userForToken(token)?.username).toBe('script');
		expect(userForToken(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeUndefined();
		expect(userForToken('')).toBeUndefined();
		expect(userForToken(null)).toBeUndefined();
	});
	it('a new token replaces the old one; revoking and disabling stop it', () => {
		const first = issueToken('script');
		const second = issueToken('script');
		expect(userForToken(first)).toBeUndefined();
		expect(userForToken(second)?.username).toBe('script');
		setDisabled('script', true);
		expect(userForToken(second)).toBeUndefined();
		setDisabled('script', false);
		expect(userForToken(second)?.username).toBe('script');
		revokeToken('script');
		expect(userForToken(second)).toBeUndefined();
		expect(() => issueToken('nobody')).toThrow('没有用户');
	});
	it('reads the Bearer header', () => {
		expect(bearerToken('Bearer cbt_abc')).toBe('cbt_abc');
		expect(bearerToken('bearer   cbt_abc ')).toBe('cbt_abc');
		expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
		expect(bearerToken(null)).toBeNull();
	});
});
