import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/access.ts';
import { ACTION_LABELS, PAGE_SIZE, auditPage, parseAuditQuery } from '$lib/server/audit/audit-view.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** 管理员: the audit log, newest first, filtered by user, action and day (all in the URL). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals.user, 'manageUsers');
	const query = await answerInputErrors(async () => parseAuditQuery(url.searchParams));
	return {
		query,
		pageSize: PAGE_SIZE,
		actions: Object.entries(ACTION_LABELS).map(([action, label]) => ({ action, label })),
		...auditPage(query)
	};
};
