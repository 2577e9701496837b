import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { InputError } from '../errors.ts';
import { isRegionCode } from '../../shared/region-code.ts';
import { isRole, type Role } from '../../shared/roles.ts';
import type { PublicUser } from '../../shared/view-rows.ts';
import { MAX_PASSWORD_LENGTH, hashPassword } from './passwords.ts';

/**
 * Accounts live in a small JSON file beside the database (data/users.json, CANBAO_USERS overrides),
 * not in DuckDB: the server opens the database read-only, and `canbao user …` must work while the
 * server runs. Writes take a lock file, go to a temp file (mode 0600) and are renamed over the old
 * one, so a reader never sees half a file and two writers never lose each other's change.
 */
export interface User extends PublicUser {
	passwordHash: string;
	/** raised when the password is reset or the account disabled: sessions made before are void */
	sessionVersion?: number;
	/** sha-256 of the user's API token (`canbao user token`), if one was issued */
	tokenHash?: string;
	tokenCreatedAt?: string;
}

export type { PublicUser };

export function usersPath(): string {
	return resolve(process.env.CANBAO_USERS ?? resolve(projectRoot(), 'data', 'users.json'));
}

// Every request reads the users (a disabled account must stop at once), so the parsed file is kept
// until the file on disk changes.
let cache: { path: string; stamp: string; users: readonly User[] } | null = null;

export function readUsers(path = usersPath()): User[] {
	if (!existsSync(path)) return [];
	const stat = statSync(path);
	const stamp = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
	if (cache?.path !== path || cache.stamp !== stamp) {
		const users = (JSON.parse(readFileSync(path, 'utf8')) as User[]).map((u) => Object.freeze(u));
		cache = { path, stamp, users };
	}
	return [...cache.users];
}

function writeUsers(users: User[], path: string): void {
	const temp = `${path}.${process.pid}.tmp`;
	writeFileSync(temp, JSON.stringify(users, null, 1), { mode: 0o600 });
	renameSync(temp, path);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Read, change and write the users file while holding `<file>.lock` (the CLI and the server may both write). */
export function changeUsers<T>(change: (users: User[]) => { users: User[]; result: T }, path = usersPath()): T {
	mkdirSync(dirname(path), { recursive: true });
	const lock = `${path}.lock`;
	for (let attempt = 0; ; attempt++) {
		try {
			closeSync(openSync(lock, 'wx', 0o600));
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const held = statSync(lock, { throwIfNoEntry: false });
			if (held && Date.now() - held.mtimeMs > 10_000) rmSync(lock, { force: true }); // left by a crashed writer
			if (attempt > 200) throw new Error(`用户文件被锁定：${lock}`);
			Atomics.wait(pause, 0, 0, 25);
		}
	}
	try {
		const { users, result } = change(readUsers(path));
		writeUsers(users, path);
		return result;
	} finally {
		rmSync(lock, { force: true });
	}
}

export function findUser(username: string): User | undefined {
	return readUsers().find((u) => u.username === username);
}

export function publicUser(user: User): PublicUser {
	const { passwordHash: _p, tokenHash: _t, sessionVersion: _s, ...rest } = user;
	return rest;
}

export interface NewUser {
	username: string;
	displayName?: string;
	role: string;
	scope: string;
	password: string;
}

export async function addUser(input: NewUser): Promise<PublicUser> {
	validate(input);
	if (findUser(input.username)) throw new InputError(`用户名“${input.username}”已存在`);
	const passwordHash = await hashPassword(input.password); // before taking the lock: hashing takes a while
	const user: User = {
		username: input.username,
		displayName: input.displayName?.trim().slice(0, 40) || input.username,
		role: input.role as Role,
		scope: input.scope,
		passwordHash,
		disabled: false,
		createdAt: new Date().toISOString(),
		sessionVersion: 0
	};
	changeUsers((users) => {
		if (users.some((u) => u.username === input.username)) throw new InputError(`用户名“${input.username}”已存在`);
		return { users: [...users, user], result: null };
	});
	return publicUser(user);
}

/** Disabling also voids the user's sessions and API token use (checked on every request). */
export function setDisabled(username: string, disabled: boolean): void {
	updateUser(username, (u) => ({ ...u, disabled, sessionVersion: (u.sessionVersion ?? 0) + (disabled ? 1 : 0) }));
}

/** A new password signs the user out everywhere. */
export async function resetPassword(username: string, password: string): Promise<void> {
	checkPassword(password);
	if (!findUser(username)) throw new InputError(`没有用户“${username}”`);
	const passwordHash = await hashPassword(password);
	updateUser(username, (u) => ({ ...u, passwordHash, sessionVersion: (u.sessionVersion ?? 0) + 1 }));
}

/** Removes an account for good (the CLI only; the 管理员 page disables instead, which keeps the name reserved). */
export function removeUser(username: string): void {
	changeUsers((users) => {
		if (!users.some((u) => u.username === username)) throw new InputError(`没有用户“${username}”`);
		return { users: users.filter((u) => u.username !== username), result: null };
	});
}

export function updateUser(username: string, change: (u: User) => User): void {
	changeUsers((users) => {
		const index = users.findIndex((u) => u.username === username);
		if (index < 0) throw new InputError(`没有用户“${username}”`);
		const next = [...users];
		next[index] = change(users[index]);
		return { users: next, result: null };
	});
}

function validate(input: NewUser): void {
	if (typeof input.username !== 'string' || !/^[A-Za-z0-9_.-]{2,32}$/.test(input.username)) {
		throw new InputError('用户名只能包含字母、数字、下划线、点和连字符（2–32 位）');
	}
	if (!isRole(input.role)) throw new InputError(`角色“${input.role}”无效：应为 leader、supervisor、planner、operator 或 admin`);
	if (typeof input.scope !== 'string' || !isRegionCode(input.scope)) {
		throw new InputError(`权限范围“${input.scope}”不是有效的行政区划代码前缀（2、4、6、9 或 12 位数字）`);
	}
	checkPassword(input.password);
}

function checkPassword(password: string): void {
	if (typeof password !== 'string' || password.length < 8) throw new InputError('密码至少 8 位');
	if (password.length > MAX_PASSWORD_LENGTH) throw new InputError(`密码不能超过 ${MAX_PASSWORD_LENGTH} 位`);
}
