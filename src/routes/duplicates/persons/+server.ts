import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { readDuplicateFilter } from '$lib/server/views/duplicates/duplicates.ts';
import { duplicatePersons } from '$lib/server/persons/lists.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the persons with duplicate enrolments (for cleanup), masked per role; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const filter = readDuplicateFilter(url.searchParams);
	const page = pageOf(url.searchParams.get('page'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const result = await duplicatePersons(db, { region, asOf, insurance: insurance.digit, ...filter, ...pageWindow(page) }, await codeNames(db), access);
	const { rows, hasMore } = splitPage(result.rows);
	recordAudit({ user: user.username, role: user.role, action: 'view-persons', query: { page: '/duplicates', region, snapshot: asOf, insurance: insurance.key, ...filter, list_page: page }, rows: rows.length });
	return json({ columns: result.columns, rows, page, hasMore });
};
