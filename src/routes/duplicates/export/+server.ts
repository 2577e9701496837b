import type { RequestHandler } from './$types';
import { permissionsOf, requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { readDuplicateFilter } from '$lib/server/views/duplicates/duplicates.ts';
import { duplicatePersons } from '$lib/server/persons/lists.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { EXPORT_LIMIT, EXPORT_PAGE } from '$lib/server/persons/paging.ts';
import { attachment, personsWorkbook, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import type { ListRow } from '$lib/server/persons/present.ts';

/** The duplicate-enrolment list as Excel, read in pages up to EXPORT_LIMIT rows; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'exportPersons');
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const access = permissionsOf(user).persons === 'full' ? 'full' : 'masked';
	const filter = readDuplicateFilter(url.searchParams);
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const names = await codeNames(db);
	const rows: ListRow[] = [];
	let columns: { key: string; label: string }[] = [];
	while (rows.length <= EXPORT_LIMIT) {
		const limit = Math.min(EXPORT_PAGE, EXPORT_LIMIT + 1 - rows.length);
		const page = await duplicatePersons(db, { region, asOf, insurance: insurance.digit, ...filter, limit, offset: rows.length }, names, access);
		columns = page.columns;
		rows.push(...page.rows);
		if (page.rows.length < limit) break;
	}
	const buffer = await personsWorkbook({
		title: `重复参保人员名单（${insurance.label}）`,
		about: [`地区：${region}`, `快照：${asOf}`, `范围：${filter.kind}${filter.key ? ` ${filter.key}` : ''}`],
		columns,
		rows: rows.slice(0, EXPORT_LIMIT),
		truncatedAt: rows.length > EXPORT_LIMIT ? EXPORT_LIMIT : undefined
	});
	recordAudit({ user: user.username, role: user.role, action: 'export-duplicates', query: { region, snapshot: asOf, insurance: insurance.key, ...filter }, rows: Math.min(rows.length, EXPORT_LIMIT) });
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(`重复参保名单-${region}-${asOf}.xlsx`) }
	});
};
