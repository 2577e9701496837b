import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { readGroupView } from '$lib/server/views/groups/group-query.ts';
import { auditUser, groupMemberPage } from '$lib/server/views/groups/group-members.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the persons in an explorer view (JSON), masked unless the role has full access; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'groups');
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const view = readGroupView(url.searchParams, region);
	const page = pageOf(url.searchParams.get('page'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const result = await groupMemberPage(db, { region, asOf, insurance: insurance.digit, view, ...pageWindow(page) }, access);
	const { rows, hasMore } = splitPage(result.rows);
	recordAudit({ ...auditUser(user), action: 'view-persons', query: { page: '/groups', region, snapshot: asOf, insurance: insurance.key, group: view.group, ...view.filters, list_page: page }, rows: rows.length });
	return json({ columns: result.columns, rows, page, hasMore });
};
