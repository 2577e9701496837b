import type { RequestHandler } from './$types';
import { viewContext } from '$lib/server/app/page-context.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { xlsxResponse } from '$lib/server/excel/workbook.ts';
import { buildPack } from '$lib/server/views/survey/pack.ts';
import { packWorkbook } from '$lib/server/views/survey/pack-xlsx.ts';
import { requirePackAccess } from '$lib/server/views/survey/pack-access.ts';

/** The 入户调查 pack as Excel (附件1 per person, 附件2 per village; A4), 经办 only; audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requirePackAccess(locals.user, url.searchParams.get('region'), 'export-survey-pack');
	const { user, region, asOf } = await viewContext(locals.user, url);
	const db = await currentDatabase();
	const pack = await answerInputErrors(() => buildPack(db, region, asOf));
	const buffer = await packWorkbook(pack);
	recordAudit({ user: user.username, role: user.role, action: 'export-survey-pack', query: { region, snapshot: asOf }, rows: pack.persons });
	return xlsxResponse(buffer, `入户调查包-${pack.region.name ?? region}-${asOf}.xlsx`);
};
