import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/access.ts';
import { ACTION_LABELS, PAGE_SIZE, auditPage, auditVisibility, parseAuditQuery } from '$lib/server/audit/audit-view.ts';
import { readUsers } from '$lib/server/auth/users.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** 管理员: the audit log, newest first, filtered by user, action and day (all in the URL); only entries of the 管理员's scope. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals.user, 'manageUsers');
	const query = await answerInputErrors(async () => parseAuditQuery(url.searchParams));
	const scopes = new Map(readUsers().map((u) => [u.username, u.scope]));
	const visible = auditVisibility(locals.user!.scope, (name) => scopes.get(name));
	return {
		query,
		pageSize: PAGE_SIZE,
		actions: Object.entries(ACTION_LABELS).map(([action, label]) => ({ action, label })),
		...auditPage(query, visible)
	};
};
