import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { villageNames } from '$lib/server/views/survey/pack.ts';
import { TO_VISIT_COLUMNS, toVisitPage } from '$lib/server/views/survey/to-visit.ts';

/** One page of the persons to visit in a township or village (JSON), masked unless the role has full access; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const { user, region, asOf } = await viewContext(locals.user, url);
	const page = pageOf(url.searchParams.get('page'));
	const db = await currentDatabase();
	const [names, villages] = await Promise.all([codeNames(db), villageNames(db, region)]);
	const result = await answerInputErrors(() => toVisitPage(db, { region, asOf, ...pageWindow(page) }, villages, names, access));
	const { rows, hasMore } = splitPage(result);
	recordAudit({ user: user.username, role: user.role, action: 'view-persons', query: { page: '/survey', region, snapshot: asOf, list_page: page }, rows: rows.length });
	return json({ columns: TO_VISIT_COLUMNS, rows, page, hasMore });
};
