import { createHash, randomBytes } from 'node:crypto';

/**
 * Signed-in sessions, kept in server memory: the cookie holds a random token, the server keeps only
 * its hash. A session ends after 2 hours without use, 12 hours after sign-in at the latest, on
 * sign-out, and when the user's password is reset or the account disabled (the user's
 * `sessionVersion` moves on). A restart of the server signs everyone out.
 */
export const SESSION_COOKIE = 'canbao_session';
export const IDLE_MS = 2 * 60 * 60 * 1000;
export const LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Cookie lifetime: the browser forgets it when the server would refuse it anyway. */
export const SESSION_MAX_AGE_S = LIFETIME_MS / 1000;

export interface Session {
	username: string;
	/** the user's sessionVersion when signing in */
	version: number;
	created: number;
	lastSeen: number;
}

// Kept on globalThis: the dev server re-runs modules when files change, and must not sign everyone out.
const sessions: Map<string, Session> = ((globalThis as Record<symbol, unknown>)[Symbol.for('canbao.sessions')] ??= new Map()) as Map<string, Session>;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

const expired = (s: Session, now: number) => now - s.lastSeen > IDLE_MS || now - s.created > LIFETIME_MS;

export function createSession(username: string, version = 0, now = Date.now()): string {
	if (sessions.size > 1000) for (const [key, s] of sessions) if (expired(s, now)) sessions.delete(key);
	const token = randomBytes(32).toString('base64url');
	sessions.set(digest(token), { username, version, created: now, lastSeen: now });
	return token;
}

/** The live session of a cookie value (and marks it used), or null. */
export function sessionOf(token: string | undefined, now = Date.now()): Session | null {
	if (!token || token.length > 100) return null;
	const key = digest(token);
	const session = sessions.get(key);
	if (!session) return null;
	if (expired(session, now)) {
		sessions.delete(key);
		return null;
	}
	session.lastSeen = now;
	return session;
}

export function sessionUser(token: string | undefined): string | null {
	return sessionOf(token)?.username ?? null;
}

export function endSession(token: string | undefined): void {
	if (token) sessions.delete(digest(token));
}

export function endSessionsOf(username: string): void {
	for (const [key, session] of sessions) if (session.username === username) sessions.delete(key);
}

/** Cookie attributes: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS (also via a proxy's PROTOCOL_HEADER). */
export function sessionCookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: SESSION_MAX_AGE_S
	};
}
