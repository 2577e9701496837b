import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/access.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { changesContext, readListArea } from '$lib/server/changes/changes-page.ts';
import { changePersons, readCell } from '$lib/server/changes/persons.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the persons of a cell of the changes matrix, masked per role; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const c = await changesContext(locals.user, url);
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	if (c.from === null) error(400, '只有一期快照，无法比较');
	const cell = await answerInputErrors(async () => readCell(url.searchParams.get('cell')));
	if (!cell) error(400, '缺少变化类别 cell（如 uninsured>insured）');
	const area = readListArea(c.user, c.region, url.searchParams.get('in'));
	const page = pageOf(url.searchParams.get('page'));
	const db = await currentDatabase();
	const result = await changePersons(db, { ...area, from: c.from, to: c.to, digit: c.insurance.digit, cell, ...pageWindow(page) }, await codeNames(db), access);
	const { rows, hasMore } = splitPage(result.rows);
	recordAudit({
		user: c.user.username, role: c.user.role, action: 'view-persons',
		query: { page: '/changes', region: c.region, in: url.searchParams.get('in') ?? '', from: c.from, to: c.to, insurance: c.insurance.key, cell: url.searchParams.get('cell') ?? '', list_page: page },
		rows: rows.length
	});
	return json({ columns: result.columns, rows, page, hasMore });
};
