import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/access.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { changesContext, readListArea } from '$lib/server/views/changes/changes-page.ts';
import { changePersons, readCell } from '$lib/server/views/changes/persons.ts';
import { incompletePersons } from '$lib/server/views/changes/incomplete.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the persons of a cell of the changes matrix, masked per role; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const c = await changesContext(locals.user, url);
	const access = requirePermission(locals.user, 'persons') as 'masked' | 'full';
	const incomplete = url.searchParams.get('cell') === 'incomplete';
	if (c.from === null && !incomplete) error(400, '只有一期快照，无法比较');
	const cell = incomplete ? { a: '*' as const, b: '*' as const } : await answerInputErrors(async () => readCell(url.searchParams.get('cell')));
	if (!cell) error(400, '缺少变化类别 cell（如 uninsured>insured）');
	const area = readListArea(c.user, c.region, url.searchParams.get('in'));
	const page = pageOf(url.searchParams.get('page'));
	const db = await currentDatabase();
	const names = await codeNames(db);
	const result = incomplete
		? await incompletePersons(db, { ...area, to: c.to, digit: c.insurance.digit, ...pageWindow(page) }, names, access)
		: await changePersons(db, { ...area, from: c.from as string, to: c.to, digit: c.insurance.digit, cell, ...pageWindow(page) }, names, access);
	const { rows, hasMore } = splitPage(result.rows);
	recordAudit({
		user: c.user.username, role: c.user.role, action: 'view-persons',
		query: { page: '/changes', region: c.region, in: url.searchParams.get('in') ?? '', from: c.from ?? '', to: c.to, insurance: c.insurance.key, cell: url.searchParams.get('cell') ?? '', list_page: page },
		rows: rows.length
	});
	return json({ columns: result.columns, rows, page, hasMore });
};
