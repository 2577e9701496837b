import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { offendingPage } from '$lib/server/views/quality/offending.ts';
import { readRule } from '$lib/server/views/quality/quality-view.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the rows breaking a data-quality rule, with the reason, masked per role; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const { user, region, asOf } = await viewContext(locals.user, url);
	const rule = readRule(url.searchParams.get('rule'));
	const page = pageOf(url.searchParams.get('page'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const result = await offendingPage(db, { region, asOf, rule, ...pageWindow(page) }, await codeNames(db), access);
	const { rows, hasMore } = splitPage(result.rows);
	recordAudit({ user: user.username, role: user.role, action: 'view-persons', query: { page: '/quality', region, snapshot: asOf, rule, list_page: page }, rows: rows.length });
	return json({ columns: result.columns, rows, page, hasMore });
};
