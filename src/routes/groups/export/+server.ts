import type { RequestHandler } from './$types';
import { requirePermission, requireRegion, permissionsOf } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { readGroupView } from '$lib/server/views/groups/group-query.ts';
import { auditUser, describeGroupView, groupMemberPage } from '$lib/server/views/groups/group-members.ts';
import { EXPORT_LIMIT, EXPORT_PAGE } from '$lib/server/persons/paging.ts';
import { attachment, personsWorkbook, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import type { ListRow } from '$lib/server/persons/present.ts';

/** The persons of an explorer view as Excel (ids masked unless the role may see them), read in pages; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'groups');
	requirePermission(locals.user, 'exportPersons');
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const access = permissionsOf(user).persons === 'full' ? 'full' : 'masked';
	const view = readGroupView(url.searchParams, region);
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const rows: ListRow[] = [];
	let columns: { key: string; label: string }[] = [];
	// pages of EXPORT_PAGE rows, one row past the limit to know whether it was reached
	while (rows.length <= EXPORT_LIMIT) {
		const limit = Math.min(EXPORT_PAGE, EXPORT_LIMIT + 1 - rows.length);
		const page = await groupMemberPage(db, { region, asOf, insurance: insurance.digit, view, limit, offset: rows.length }, access);
		columns = page.columns;
		rows.push(...page.rows);
		if (page.rows.length < limit) break;
	}
	const truncated = rows.length > EXPORT_LIMIT;
	const about = describeGroupView(region, asOf, insurance.label, view);
	const buffer = await personsWorkbook({
		title: '扩面重点人群名单（应参未参）',
		about: [...about, access === 'full' ? '明文导出，请妥善保管' : '身份号码、姓名、电话已脱敏'],
		columns,
		rows: rows.slice(0, EXPORT_LIMIT),
		truncatedAt: truncated ? EXPORT_LIMIT : undefined
	});
	recordAudit({ ...auditUser(user), action: 'export-groups', query: { region, snapshot: asOf, insurance: insurance.key, group: view.group, ...view.filters }, rows: Math.min(rows.length, EXPORT_LIMIT) });
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(`扩面人群名单-${region}-${asOf}.xlsx`) }
	});
};
