import { error } from '@sveltejs/kit';
import { PERMISSIONS, type Permissions } from '../../shared/roles.ts';
import type { PublicUser } from './users.ts';
import { isRegionCode } from '../../shared/region-code.ts';

/**
 * Every page, endpoint and export calls these before running a query: the user must be signed in,
 * the region must lie inside the user's scope (a code prefix), and the role must allow the view.
 * Out-of-scope regions answer 403, never an empty page; malformed ones 400.
 */
export function requireUser(user: PublicUser | null | undefined): PublicUser {
	if (!user) error(401, '请先登录');
	return user;
}

/**
 * Validates the region parameter (400 when malformed) and checks it is inside the scope (403).
 * Absent or empty means the user's own scope.
 */
export function requireRegion(user: PublicUser | null | undefined, region: string | null | undefined): string {
	const signedIn = requireUser(user);
	return requireInScope(signedIn, region === null || region === undefined || region === '' ? signedIn.scope : region);
}

/** The same check for any other parameter that names a region (a drill-down code, a township of a list …). */
export function requireInScope(user: PublicUser | null | undefined, code: string, parameter = '行政区划'): string {
	const signedIn = requireUser(user);
	if (typeof code !== 'string' || !isRegionCode(code)) {
		error(400, `${parameter}代码“${String(code).slice(0, 40)}”无效：应为 2、4、6、9 或 12 位数字（如 52、5203、520328）`);
	}
	if (!code.startsWith(signedIn.scope)) error(403, `无权查看地区 ${code}：您的权限范围是 ${signedIn.scope}`);
	return code;
}

export function requirePermission<K extends keyof Permissions>(user: PublicUser | null | undefined, permission: K): Permissions[K] {
	const signedIn = requireUser(user);
	const value = PERMISSIONS[signedIn.role][permission];
	if (!value || value === 'none') error(403, '您的角色无权使用此功能');
	return value;
}

export function permissionsOf(user: PublicUser): Permissions {
	return PERMISSIONS[user.role];
}
