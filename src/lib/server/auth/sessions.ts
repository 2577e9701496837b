import { createHash, randomBytes } from 'node:crypto';

/**
 * Signed-in sessions, kept in server memory: the cookie holds a random token, the server keeps only
 * its hash. Sessions expire after a period without use; a restart signs everyone out.
 */
export const SESSION_COOKIE = 'canbao_session';
const IDLE_MS = 8 * 60 * 60 * 1000;

interface Session {
	username: string;
	lastSeen: number;
}

const sessions = new Map<string, Session>();

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(username: string): string {
	const token = randomBytes(32).toString('base64url');
	sessions.set(digest(token), { username, lastSeen: Date.now() });
	return token;
}

export function sessionUser(token: string | undefined): string | null {
	if (!token) return null;
	const key = digest(token);
	const session = sessions.get(key);
	if (!session) return null;
	if (Date.now() - session.lastSeen > IDLE_MS) {
		sessions.delete(key);
		return null;
	}
	session.lastSeen = Date.now();
	return session.username;
}

export function endSession(token: string | undefined): void {
	if (token) sessions.delete(digest(token));
}

export function endSessionsOf(username: string): void {
	for (const [key, session] of sessions) if (session.username === username) sessions.delete(key);
}

export const SESSION_MAX_AGE_S = IDLE_MS / 1000;
