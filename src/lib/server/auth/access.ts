import { error } from '@sveltejs/kit';
import { PERMISSIONS, type Permissions } from '../../shared/roles.ts';
import type { PublicUser } from './users.ts';
import { InputError } from '../errors.ts';
import { assertRegionCode } from '../metrics/regions.ts';

/**
 * Every page, endpoint and export calls these before running a query: the user must be signed in,
 * the region must lie inside the user's scope (a code prefix), and the role must allow the view.
 * Out-of-scope regions answer 403, never an empty page.
 */
export function requireUser(user: PublicUser | null): PublicUser {
	if (!user) error(401, '请先登录');
	return user;
}

/** Validates the region parameter (400 when malformed) and checks it is inside the scope (403). */
export function requireRegion(user: PublicUser | null, region: string | null | undefined): string {
	const signedIn = requireUser(user);
	let code: string;
	try {
		code = assertRegionCode(region ?? signedIn.scope);
	} catch (e) {
		error(400, (e as InputError).message);
	}
	if (!code.startsWith(signedIn.scope)) error(403, `无权查看地区 ${code}：您的权限范围是 ${signedIn.scope}`);
	return code;
}

export function requirePermission<K extends keyof Permissions>(user: PublicUser | null, permission: K): Permissions[K] {
	const signedIn = requireUser(user);
	const value = PERMISSIONS[signedIn.role][permission];
	if (!value || value === 'none') error(403, '您的角色无权使用此功能');
	return value;
}

export function permissionsOf(user: PublicUser): Permissions {
	return PERMISSIONS[user.role];
}
