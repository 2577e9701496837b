import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, findUser, resetPassword, setDisabled, updateUser } from './users.ts';
import { createSession } from './sessions.ts';
import { issueToken } from './api-tokens.ts';
import { resolveUser } from './request-user.ts';
import { useTempAccounts } from './test-users.ts';

let temp: ReturnType<typeof useTempAccounts>;
beforeEach(async () => {
	temp = useTempAccounts();
	await addUser({ username: 'liu', role: 'planner', scope: '5203', password: '12345678' });
});
afterEach(() => temp.done());

const signInAs = (username: string) => createSession(username, findUser(username)!.sessionVersion ?? 0);

describe('resolveUser', () => {
	it('resolves the session cookie on pages and on the API', () => {
		const cookie = signInAs('liu');
		for (const path of ['/overview', '/api/metrics']) {
			const r = resolveUser({ cookie, authorization: null, path });
			expect(r).toMatchObject({ via: 'session', badToken: false, user: { username: 'liu', role: 'planner', scope: '5203' } });
		}
		expect(resolveUser({ cookie: undefined, authorization: null, path: '/overview' }).user).toBeNull();
	});

	it('takes a role or scope change at once and drops sessions on disable or password reset', async () => {
		const cookie = signInAs('liu');
		updateUser('liu', (u) => ({ ...u, scope: '520303' }));
		expect(resolveUser({ cookie, authorization: null, path: '/' }).user?.scope).toBe('520303');
		setDisabled('liu', true);
		expect(resolveUser({ cookie, authorization: null, path: '/' }).user).toBeNull();
		setDisabled('liu', false);
		expect(resolveUser({ cookie, authorization: null, path: '/' }).user).toBeNull(); // the old session stays void
		const second = signInAs('liu');
		expect(resolveUser({ cookie: second, authorization: null, path: '/' }).user?.username).toBe('liu');
		await resetPassword('liu', 'another-password');
		expect(resolveUser({ cookie: second, authorization: null, path: '/' }).user).toBeNull();
	});

	it('accepts a Bearer token on /api/* only, and reports a wrong one instead of falling back to the cookie', () => {
		const token = issueToken('liu');
		const cookie = signInAs('liu');
		expect(resolveUser({ cookie: undefined, authorization: `Bearer ${token}`, path: '/api/report' })).toMatchObject({ via: 'token', user: { username: 'liu' } });
		expect(resolveUser({ cookie: undefined, authorization: `Bearer ${token}`, path: '/overview' }).user).toBeNull();
		expect(resolveUser({ cookie, authorization: 'Bearer cbt_wrong', path: '/api/report' })).toEqual({ user: null, via: null, badToken: true });
	});
});
