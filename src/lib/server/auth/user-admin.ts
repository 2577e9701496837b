import { randomBytes } from 'node:crypto';
import { addUser, findUser, readUsers, removeUser, resetPassword, setDisabled, type PublicUser, publicUser } from './users.ts';
import { issueToken, revokeToken } from './api-tokens.ts';
import { resetSignInFailures } from './sign-in.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { InputError } from '../errors.ts';

/**
 * Account management as the 管理员 page and `canbao user` do it: each change is checked against who
 * makes it and written to the audit log. `actor` is the signed-in 管理员, or `{ username: 'cli:…',
 * role: 'cli', scope: '' }` for the command line on the server machine (which may do everything).
 */
export interface Actor {
	username: string;
	role: string;
	scope: string;
}

export interface UserRow extends PublicUser {
	hasToken: boolean;
}

/** The accounts an actor may manage: those whose scope lies inside the actor's own. */
export function listManagedUsers(actor: Actor): UserRow[] {
	return readUsers()
		.filter((u) => u.scope.startsWith(actor.scope))
		.map((u) => ({ ...publicUser(u), hasToken: Boolean(u.tokenHash) }));
}

function managed(actor: Actor, username: string) {
	const user = findUser(username);
	if (!user || !user.scope.startsWith(actor.scope)) throw new InputError(`没有用户“${username}”`);
	return user;
}

function audit(actor: Actor, action: string, query: Record<string, unknown>): void {
	recordAudit({ user: actor.username, role: actor.role, action, query, rows: 1 });
}

/** A random password for a new or reset account (shown once), 16 characters. */
export function generatePassword(): string {
	return randomBytes(12).toString('base64url');
}

export async function createUser(
	actor: Actor,
	input: { username: string; displayName?: string; role: string; scope: string; password?: string }
): Promise<{ user: PublicUser; password: string }> {
	if (typeof input.scope === 'string' && !input.scope.startsWith(actor.scope)) {
		throw new InputError(`权限范围 ${input.scope} 超出您的范围 ${actor.scope}`);
	}
	const password = input.password || generatePassword();
	const user = await addUser({ ...input, password });
	audit(actor, 'user-add', { username: user.username, role: user.role, scope: user.scope });
	return { user, password };
}

export function disableUser(actor: Actor, username: string, disabled: boolean): void {
	managed(actor, username);
	if (disabled && username === actor.username) throw new InputError('不能停用自己的账号');
	setDisabled(username, disabled);
	audit(actor, disabled ? 'user-disable' : 'user-enable', { username });
}

export async function resetUserPassword(actor: Actor, username: string, password?: string): Promise<string> {
	managed(actor, username);
	const next = password || generatePassword();
	await resetPassword(username, next);
	resetSignInFailures(username);
	audit(actor, 'user-reset', { username });
	return next;
}

export function issueUserToken(actor: Actor, username: string): string {
	managed(actor, username);
	const token = issueToken(username);
	audit(actor, 'user-token', { username });
	return token;
}

export function revokeUserToken(actor: Actor, username: string): void {
	managed(actor, username);
	revokeToken(username);
	audit(actor, 'user-token-revoke', { username });
}

export function deleteUser(actor: Actor, username: string): void {
	managed(actor, username);
	if (username === actor.username) throw new InputError('不能删除自己的账号');
	removeUser(username);
	audit(actor, 'user-remove', { username });
}
