import { findUser, publicUser, type PublicUser } from './users.ts';
import { MAX_PASSWORD_LENGTH, verifyNothing, verifyPassword } from './passwords.ts';

/**
 * Password sign-in with lock-out: 5 wrong passwords for one user name within 15 minutes lock that
 * name for 15 minutes (counted per name, whether or not it exists, so the answers do not reveal
 * which names have accounts). An attempt is counted before the password is checked, so a burst of
 * parallel guesses is cut off at 5 as well. Unknown names take as long as known ones.
 */
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
const WINDOW_MS = LOCK_MS;

interface Attempts {
	/** failed (or still running) attempts in the window */
	count: number;
	first: number;
	lockedUntil: number;
}
// Kept on globalThis, like the sessions: re-running this module (dev server) must not lift locks.
const attempts: Map<string, Attempts> = ((globalThis as Record<symbol, unknown>)[Symbol.for('canbao.sign-in-attempts')] ??= new Map()) as Map<string, Attempts>;

export type SignInResult = { ok: true; user: PublicUser } | { ok: false; message: string; locked?: boolean };

const key = (username: string) => username.toLowerCase();

export function lockedMessage(until: number, now: number): string {
	return `密码错误次数过多，账号已锁定，请 ${Math.ceil((until - now) / 60_000)} 分钟后再试`;
}

export async function signIn(username: string, password: string, now = Date.now()): Promise<SignInResult> {
	if (!username || username.length > 64 || password.length > MAX_PASSWORD_LENGTH) {
		return { ok: false, message: '用户名或密码错误' };
	}
	prune(now);
	const k = key(username);
	let record = attempts.get(k);
	if (record && record.lockedUntil > now) return { ok: false, message: lockedMessage(record.lockedUntil, now), locked: true };
	if (!record || now - record.first >= WINDOW_MS) attempts.set(k, (record = { count: 0, first: now, lockedUntil: 0 }));
	if (record.count >= MAX_FAILURES) {
		record.lockedUntil = now + LOCK_MS;
		return { ok: false, message: lockedMessage(record.lockedUntil, now), locked: true };
	}
	record.count++; // counted now; given back if the password is right

	const user = findUser(username);
	const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
	if (valid && user) {
		attempts.delete(k);
		if (user.disabled) return { ok: false, message: '该账号已停用，请联系管理员' };
		return { ok: true, user: publicUser(user) };
	}
	if (record.count >= MAX_FAILURES) {
		record.lockedUntil = now + LOCK_MS;
		return { ok: false, message: lockedMessage(record.lockedUntil, now), locked: true };
	}
	return { ok: false, message: '用户名或密码错误' };
}

/** Lifts the lock of one name (a 管理员 resetting the password), or of all names (tests). */
export function resetSignInFailures(username?: string): void {
	if (username === undefined) attempts.clear();
	else attempts.delete(key(username));
}

function prune(now: number): void {
	if (attempts.size < 10_000) return;
	for (const [k, r] of attempts) if (r.lockedUntil <= now && now - r.first >= WINDOW_MS) attempts.delete(k);
}
