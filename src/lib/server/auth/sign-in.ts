import { findUser, publicUser, type PublicUser } from './users.ts';
import { verifyPassword } from './passwords.ts';

/**
 * Password sign-in with lock-out: after 5 wrong passwords for one user name within 15 minutes, that
 * name is locked for 15 minutes (counted per name, so guessing across names is slowed the same way).
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;
const failures = new Map<string, { count: number; first: number; lockedUntil: number }>();

export type SignInResult = { ok: true; user: PublicUser } | { ok: false; message: string };

export async function signIn(username: string, password: string, now = Date.now()): Promise<SignInResult> {
	const record = failures.get(username);
	if (record && record.lockedUntil > now) {
		const minutes = Math.ceil((record.lockedUntil - now) / 60_000);
		return { ok: false, message: `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试` };
	}
	const user = findUser(username);
	const valid = user !== undefined && !user.disabled && (await verifyPassword(password, user.passwordHash));
	if (valid) {
		failures.delete(username);
		return { ok: true, user: publicUser(user) };
	}
	const current = record && now - record.first < WINDOW_MS ? record : { count: 0, first: now, lockedUntil: 0 };
	current.count++;
	if (current.count >= MAX_FAILURES) current.lockedUntil = now + WINDOW_MS;
	failures.set(username, current);
	return { ok: false, message: user?.disabled ? '该账号已停用' : '用户名或密码错误' };
}

/** For tests: forget failed attempts. */
export function resetSignInFailures(): void {
	failures.clear();
}
