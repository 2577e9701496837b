import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { findUser, readUsers, updateUser, type User } from './users.ts';
import { InputError } from '../errors.ts';

/**
 * API tokens for scripts (`canbao user token NAME`): one per user, shown once, stored as a sha-256
 * beside the user. `Authorization: Bearer <token>` on /api/* then acts as that user, with the same
 * role and region checks. Issuing a new token replaces (revokes) the old one.
 */
const PREFIX = 'cbt_';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function issueToken(username: string): string {
	if (!findUser(username)) throw new InputError(`没有用户“${username}”`);
	const token = PREFIX + randomBytes(32).toString('base64url');
	updateUser(username, (u) => ({ ...u, tokenHash: digest(token), tokenCreatedAt: new Date().toISOString() }));
	return token;
}

export function revokeToken(username: string): void {
	updateUser(username, ({ tokenHash: _h, tokenCreatedAt: _c, ...rest }) => rest);
}

/** The enabled user whose token this is, or undefined. */
export function userForToken(token: string | null | undefined): User | undefined {
	if (!token || !token.startsWith(PREFIX) || token.length > 100) return undefined;
	const wanted = Buffer.from(digest(token), 'hex');
	return readUsers().find(
		(u) => !u.disabled && typeof u.tokenHash === 'string' && u.tokenHash.length === 64 && timingSafeEqual(Buffer.from(u.tokenHash, 'hex'), wanted)
	);
}

/** The token of an `Authorization: Bearer …` header, null when there is no such header. */
export function bearerToken(header: string | null): string | null {
	const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
	return match ? match[1] : null;
}
