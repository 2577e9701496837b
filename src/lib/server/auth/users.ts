import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { InputError } from '../errors.ts';
import { isRegionCode } from '../../shared/region-code.ts';
import { isRole, type Role } from '../../shared/roles.ts';
import { hashPassword } from './passwords.ts';

/**
 * Accounts live in a small JSON file beside the database (data/users.json), not in DuckDB: the
 * server opens the database read-only, and `canbao user …` must work while the server runs.
 * Writes go to a temp file renamed over the old one, so a reader never sees half a file.
 */
export interface User {
	username: string;
	displayName: string;
	role: Role;
	/** region code prefix the user may see */
	scope: string;
	passwordHash: string;
	disabled: boolean;
	createdAt: string;
}

export type PublicUser = Omit<User, 'passwordHash'>;

export function usersPath(): string {
	return resolve(process.env.CANBAO_USERS ?? resolve(projectRoot(), 'data', 'users.json'));
}

export function readUsers(path = usersPath()): User[] {
	if (!existsSync(path)) return [];
	return JSON.parse(readFileSync(path, 'utf8')) as User[];
}

function writeUsers(users: User[], path = usersPath()): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = `${path}.${process.pid}.tmp`;
	writeFileSync(temp, JSON.stringify(users, null, 1), { mode: 0o600 });
	renameSync(temp, path);
}

export function findUser(username: string): User | undefined {
	return readUsers().find((u) => u.username === username);
}

export function publicUser(user: User): PublicUser {
	const { passwordHash: _, ...rest } = user;
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
	const users = readUsers();
	if (users.some((u) => u.username === input.username)) throw new InputError(`用户名“${input.username}”已存在`);
	const user: User = {
		username: input.username,
		displayName: input.displayName || input.username,
		role: input.role as Role,
		scope: input.scope,
		passwordHash: await hashPassword(input.password),
		disabled: false,
		createdAt: new Date().toISOString()
	};
	writeUsers([...users, user]);
	return publicUser(user);
}

export function setDisabled(username: string, disabled: boolean): void {
	updateUser(username, (u) => ({ ...u, disabled }));
}

export async function resetPassword(username: string, password: string): Promise<void> {
	checkPassword(password);
	const passwordHash = await hashPassword(password);
	updateUser(username, (u) => ({ ...u, passwordHash }));
}

function updateUser(username: string, change: (u: User) => User): void {
	const users = readUsers();
	const index = users.findIndex((u) => u.username === username);
	if (index < 0) throw new InputError(`没有用户“${username}”`);
	users[index] = change(users[index]);
	writeUsers(users);
}

function validate(input: NewUser): void {
	if (!/^[A-Za-z0-9_.-]{2,32}$/.test(input.username)) throw new InputError('用户名只能包含字母、数字、下划线、点和连字符（2–32 位）');
	if (!isRole(input.role)) throw new InputError(`角色“${input.role}”无效：应为 leader、supervisor、planner、operator 或 admin`);
	if (!isRegionCode(input.scope)) throw new InputError(`权限范围“${input.scope}”不是有效的行政区划代码前缀`);
	checkPassword(input.password);
}

function checkPassword(password: string): void {
	if (typeof password !== 'string' || password.length < 8) throw new InputError('密码至少 8 位');
}
