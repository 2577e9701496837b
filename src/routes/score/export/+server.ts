import type { RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { xlsxResponse } from '$lib/server/excel/workbook.ts';
import { scorecardOf } from '$lib/server/app/entry-points.ts';
import { scorecardWorkbook } from '$lib/server/views/score/scorecard-xlsx.ts';

/** GET /score/export?region=…&snapshot=…: the scorecard as .xlsx (audited like every export). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const user = locals.user!;
	const card = await answerInputErrors(() => scorecardOf({ region, snapshot: url.searchParams.get('snapshot') ?? undefined }));
	const title = card.region.name ?? region;
	const body = await (await scorecardWorkbook(card, title)).xlsx.writeBuffer();
	recordAudit({ user: user.username, role: user.role, action: 'export-score', query: { region, snapshot: card.snapshot }, rows: card.rows.length });
	return xlsxResponse(body as ArrayBuffer, `${title}考核得分-${card.snapshot}.xlsx`, `score-${region}-${card.snapshot}.xlsx`);
};
