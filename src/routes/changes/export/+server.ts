import { error, type RequestHandler } from '@sveltejs/kit';
import { permissionsOf, requirePermission } from '$lib/server/auth/access.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { changesContext, readListArea } from '$lib/server/views/changes/changes-page.ts';
import { changePersons, readCell } from '$lib/server/views/changes/persons.ts';
import { incompletePersons } from '$lib/server/views/changes/incomplete.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { EXPORT_LIMIT, EXPORT_PAGE } from '$lib/server/persons/paging.ts';
import { attachment, personsWorkbook, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import type { ListRow } from '$lib/server/persons/present.ts';

/** The persons of a cell of the changes matrix as Excel, up to EXPORT_LIMIT rows; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const c = await changesContext(locals.user, url);
	requirePermission(locals.user, 'exportPersons');
	const access = permissionsOf(c.user).persons === 'full' ? 'full' : 'masked';
	const incomplete = url.searchParams.get('cell') === 'incomplete';
	if (c.from === null && !incomplete) error(400, '只有一期快照，无法比较');
	const cell = incomplete ? { a: '*' as const, b: '*' as const } : await answerInputErrors(async () => readCell(url.searchParams.get('cell')));
	if (!cell) error(400, '缺少变化类别 cell（如 uninsured>insured）');
	const area = readListArea(c.user, c.region, url.searchParams.get('in'));
	const db = await currentDatabase();
	const names = await codeNames(db);
	const rows: ListRow[] = [];
	let columns: { key: string; label: string }[] = [];
	while (rows.length <= EXPORT_LIMIT) {
		const limit = Math.min(EXPORT_PAGE, EXPORT_LIMIT + 1 - rows.length);
		const page = incomplete
			? await incompletePersons(db, { ...area, to: c.to, digit: c.insurance.digit, limit, offset: rows.length }, names, access)
			: await changePersons(db, { ...area, from: c.from as string, to: c.to, digit: c.insurance.digit, cell, limit, offset: rows.length }, names, access);
		columns = page.columns;
		rows.push(...page.rows);
		if (page.rows.length < limit) break;
	}
	const cellText = url.searchParams.get('cell') ?? '';
	const buffer = await personsWorkbook({
		title: `两期变化人员名单（${c.insurance.label}）`,
		about: [`地区：${area.region}${area.ownOf ? '本级' : ''}`, incomplete ? `快照：${c.to}` : `快照：${c.from} → ${c.to}`, incomplete ? '未参全：本险种应参未参、已参加其他险种' : `变化：${cellText}`],
		columns,
		rows: rows.slice(0, EXPORT_LIMIT),
		truncatedAt: rows.length > EXPORT_LIMIT ? EXPORT_LIMIT : undefined
	});
	recordAudit({
		user: c.user.username, role: c.user.role, action: 'export-changes',
		query: { region: c.region, in: url.searchParams.get('in') ?? '', from: c.from ?? '', to: c.to, insurance: c.insurance.key, cell: cellText },
		rows: Math.min(rows.length, EXPORT_LIMIT)
	});
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(incomplete ? `未参全名单-${area.region}-${c.to}.xlsx` : `两期变化名单-${area.region}-${c.from}-${c.to}.xlsx`) }
	});
};
