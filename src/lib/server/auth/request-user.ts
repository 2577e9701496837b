import { sessionOf } from './sessions.ts';
import { findUser, publicUser, type PublicUser } from './users.ts';
import { bearerToken, userForToken } from './api-tokens.ts';

export type Resolved = { user: PublicUser | null; via: 'session' | 'token' | null; badToken: boolean };

/**
 * Who is asking: the session cookie, or on /api/* an `Authorization: Bearer` token. The user is read
 * afresh on every request, so a disabled account, a reset password or a changed role or scope take
 * effect at once. A token that is present but wrong is reported (the API answers 401, it does not
 * fall back to the cookie).
 */
export function resolveUser(input: { cookie: string | undefined; authorization: string | null; path: string }): Resolved {
	const token = input.path.startsWith('/api/') ? bearerToken(input.authorization) : null;
	if (token !== null) {
		const user = userForToken(token);
		return { user: user ? publicUser(user) : null, via: user ? 'token' : null, badToken: !user };
	}
	const session = sessionOf(input.cookie);
	if (!session) return { user: null, via: null, badToken: false };
	const user = findUser(session.username);
	const valid = user && !user.disabled && (user.sessionVersion ?? 0) === session.version;
	return { user: valid ? publicUser(user) : null, via: valid ? 'session' : null, badToken: false };
}
