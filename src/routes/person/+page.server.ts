import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { permissionsOf, requireUser } from '$lib/server/auth/access.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { lookupPerson } from '$lib/server/views/survey/lookup.ts';

/**
 * 人员查询 by 公民身份号码 (44号 第十三条), for roles with full person access (经办), inside their scope.
 * The number is posted, never put in the URL; every look-up is audited (the log masks the number), and
 * a number with no record in the user's scope is refused with the same answer whether or not it exists
 * elsewhere.
 */
function requireFullAccess(user: App.Locals['user']) {
	const signedIn = requireUser(user);
	if (permissionsOf(signedIn).persons !== 'full') error(403, '人员查询显示完整个人信息，仅经办角色可用');
	return signedIn;
}

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireFullAccess(locals.user);
	return { scope: user.scope };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = requireFullAccess(locals.user);
		const raw = String((await request.formData()).get('id') ?? '').trim();
		if (!/^[0-9]{14,17}[0-9Xx]$/.test(raw)) return fail(400, { message: '请输入 15 位或 18 位公民身份号码（末位可为 X）', result: null });
		const db = await currentDatabase();
		const result = await lookupPerson(db, raw, user.scope, await codeNames(db));
		recordAudit({ user: user.username, role: user.role, action: result.found ? 'lookup-person' : 'lookup-person-refused', query: { page: '/person', id: raw, scope: user.scope }, rows: result.records.length });
		if (!result.found) return fail(403, { message: `您的权限范围（${user.scope}）内没有该公民身份号码的人员记录，查询已记入审计日志`, result: null });
		return { message: '', result };
	}
};
