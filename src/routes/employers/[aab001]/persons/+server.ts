import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { unitDetailOf } from '$lib/server/app/entry-points.ts';
import { UNIT_STAFF_COLUMNS, unitStaffPage } from '$lib/server/views/employers/unit-staff.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of an employer's staff inside the viewer's region (JSON), masked unless the role has full access; audited. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const { user, region, asOf, snapshots } = await viewContext(locals.user, url);
	const aab001 = params.aab001 ?? '';
	// the employer must lie inside the viewer's region (as its page)
	if (!(await unitDetailOf({ aab001, asOf, region, dates: snapshots.map((s) => s.as_of) }))) error(404, `快照 ${asOf} 中没有地区 ${region} 范围内编号为 ${aab001} 的单位`);
	const page = pageOf(url.searchParams.get('page'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const result = await unitStaffPage(db, { aab001, asOf, region, ...pageWindow(page) }, await codeNames(db), access);
	const { rows, hasMore } = splitPage(result);
	recordAudit({ user: user.username, role: user.role, action: 'view-persons', query: { page: '/employers', region, snapshot: asOf, aab001, list_page: page }, rows: rows.length });
	return json({ columns: UNIT_STAFF_COLUMNS, rows, page, hasMore });
};
