import type { RequestHandler } from './$types';
import { permissionsOf, requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { offendingPage } from '$lib/server/views/quality/offending.ts';
import { readRule } from '$lib/server/views/quality/quality-view.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { EXPORT_LIMIT, EXPORT_PAGE } from '$lib/server/persons/paging.ts';
import { attachment, personsWorkbook, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { QUALITY_PAGE_RULES } from '$lib/shared/insurances.ts';
import type { ListRow } from '$lib/server/persons/present.ts';

/** The rows breaking one rule, with reasons, as Excel for the county to fix its records; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'exportPersons');
	const { user, region, asOf } = await viewContext(locals.user, url);
	const access = permissionsOf(user).persons === 'full' ? 'full' : 'masked';
	const rule = readRule(url.searchParams.get('rule'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const names = await codeNames(db);
	const rows: ListRow[] = [];
	let columns: { key: string; label: string }[] = [];
	while (rows.length <= EXPORT_LIMIT) {
		const limit = Math.min(EXPORT_PAGE, EXPORT_LIMIT + 1 - rows.length);
		const page = await offendingPage(db, { region, asOf, rule, limit, offset: rows.length }, names, access);
		columns = page.columns;
		rows.push(...page.rows);
		if (page.rows.length < limit) break;
	}
	const label = QUALITY_PAGE_RULES.find((r) => r.key === rule)?.label ?? rule;
	const buffer = await personsWorkbook({
		title: `数据质量问题清单：${label}`,
		about: [`地区：${region}`, `快照：${asOf}`],
		columns,
		rows: rows.slice(0, EXPORT_LIMIT),
		truncatedAt: rows.length > EXPORT_LIMIT ? EXPORT_LIMIT : undefined
	});
	recordAudit({ user: user.username, role: user.role, action: 'export-quality', query: { region, snapshot: asOf, rule }, rows: Math.min(rows.length, EXPORT_LIMIT) });
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(`数据质量-${rule}-${region}-${asOf}.xlsx`) }
	});
};
