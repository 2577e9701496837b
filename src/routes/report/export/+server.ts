import type { RequestHandler } from './$types';
import { requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { reportOf } from '$lib/server/app/engine.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { reportWorkbook } from '$lib/server/views/report/report-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { xlsxResponse } from '$lib/server/excel/workbook.ts';

/** The 情况表 as Excel in the layout of 41号 附件3 (report-xlsx.ts), with the logic checks on a second sheet. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { user, region, asOf } = await viewContext(locals.user, url);
	const report = await answerInputErrors(() => reportOf(region, asOf));
	const buffer = await (await reportWorkbook(report)).xlsx.writeBuffer();
	recordAudit({ user: user.username, role: user.role, action: 'export-report', query: { region, snapshot: asOf }, rows: report.rows.length + 1 });
	return xlsxResponse(buffer as ArrayBuffer, `情况表-${report.region.name ?? region}-${asOf}.xlsx`);
};
