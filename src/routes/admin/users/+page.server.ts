import { fail, type Actions } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission, requireUser } from '$lib/server/auth/access.ts';
import {
	createUser, disableUser, issueUserToken, listManagedUsers, resetUserPassword, revokeUserToken, type Actor
} from '$lib/server/auth/user-admin.ts';
import { InputError } from '$lib/server/errors.ts';
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '$lib/shared/roles.ts';
import { regionNames } from '$lib/server/auth/region-names.ts';

/** 管理员: the accounts inside the admin's scope; add, disable/enable, reset password, API tokens. */
export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals.user, 'manageUsers');
	const users = listManagedUsers(requireUser(locals.user));
	const names = await regionNames(users.map((u) => u.scope));
	return {
		users: users.map((u) => ({ ...u, scopeName: names.get(u.scope) ?? null })),
		roles: ROLES.map((role) => ({ role, label: ROLE_LABELS[role], description: ROLE_DESCRIPTIONS[role] })),
		me: locals.user!.username,
		myScope: locals.user!.scope
	};
};

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/** Runs one account change for the signed-in 管理员; a correctable mistake comes back as a 400 message. */
async function change<T>(locals: App.Locals, request: Request, work: (actor: Actor, form: FormData) => Promise<T> | T) {
	requirePermission(locals.user, 'manageUsers');
	const form = await request.formData();
	try {
		return await work(requireUser(locals.user), form);
	} catch (e) {
		if (e instanceof InputError) return fail(400, { message: e.message });
		throw e;
	}
}

export const actions: Actions = {
	add: ({ locals, request }) =>
		change(locals, request, async (actor, form) => {
			const input = { username: text(form, 'username'), displayName: text(form, 'displayName'), role: text(form, 'role'), scope: text(form, 'scope'), password: text(form, 'password') };
			const { user, password } = await createUser(actor, input);
			return { done: `已新建账号 ${user.username}`, secret: input.password ? null : { label: `${user.username} 的初始密码`, value: password } };
		}),
	disable: ({ locals, request }) =>
		change(locals, request, (actor, form) => {
			disableUser(actor, text(form, 'username'), true);
			return { done: `已停用 ${text(form, 'username')}，其会话和令牌立即失效` };
		}),
	enable: ({ locals, request }) =>
		change(locals, request, (actor, form) => {
			disableUser(actor, text(form, 'username'), false);
			return { done: `已启用 ${text(form, 'username')}` };
		}),
	reset: ({ locals, request }) =>
		change(locals, request, async (actor, form) => {
			const password = await resetUserPassword(actor, text(form, 'username'));
			return { done: `已重设 ${text(form, 'username')} 的密码，其会话已全部结束`, secret: { label: `${text(form, 'username')} 的新密码`, value: password } };
		}),
	token: ({ locals, request }) =>
		change(locals, request, (actor, form) => {
			const token = issueUserToken(actor, text(form, 'username'));
			return { done: `已为 ${text(form, 'username')} 发放 API 令牌，旧令牌作废`, secret: { label: `${text(form, 'username')} 的 API 令牌`, value: token } };
		}),
	revoke: ({ locals, request }) =>
		change(locals, request, (actor, form) => {
			revokeUserToken(actor, text(form, 'username'));
			return { done: `已作废 ${text(form, 'username')} 的 API 令牌` };
		})
};
