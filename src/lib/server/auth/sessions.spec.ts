import { describe, expect, it } from 'vitest';
import { IDLE_MS, LIFETIME_MS, createSession, endSession, endSessionsOf, sessionCookieOptions, sessionOf, sessionUser } from './sessions.ts';

describe('sessions', () => {
	it('gives a random token and resolves it to the user until sign-out', () => {
		const a = createSession('zhang');
		const b = createSession('zhang');
		expect(a).not.toBe(b);
		expect(a.length).toBeGreaterThanOrEqual(43);
		expect(sessionUser(a)).toBe('zhang');
		endSession(a);
		expect(sessionUser(a)).toBeNull();
		expect(sessionUser(b)).toBe('zhang');
		endSessionsOf('zhang');
		expect(sessionUser(b)).toBeNull();
		expect(sessionUser(undefined)).toBeNull();
		expect(sessionUser('made-up')).toBeNull();
	});
	it('ends after the idle time, and after the lifetime even when used', () => {
		const t0 = 1_000_000;
		const idle = createSession('li', 3, t0);
		expect(sessionOf(idle, t0 + IDLE_MS - 1)?.version).toBe(3);
		expect(sessionOf(idle, t0 + 2 * IDLE_MS)).toBeNull();
		const busy = createSession('li', 0, t0);
		for (let t = t0; t < t0 + LIFETIME_MS; t += IDLE_MS / 2) expect(sessionOf(busy, t)).not.toBeNull();
		expect(sessionOf(busy, t0 + LIFETIME_MS + 1)).toBeNull();
	});
	it('sets HttpOnly, SameSite=Lax, and Secure exactly when the request came over https', () => {
		expect(sessionCookieOptions(new URL('http://127.0.0.1/login'))).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: false, maxAge: LIFETIME_MS / 1000 });
		expect(sessionCookieOptions(new URL('https://canbao.example/login')).secure).toBe(true);
	});
});
