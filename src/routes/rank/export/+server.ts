import type { RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { leagueTableOf } from '$lib/server/views/rank/league-table.ts';
import { leagueQueryFrom } from '$lib/server/views/rank/league-query.ts';
import { leagueWorkbook } from '$lib/server/views/rank/league-xlsx.ts';
import { metricsOf } from '$lib/server/app/engine.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { xlsxResponse } from '$lib/server/excel/workbook.ts';

/** GET /rank/export?…: the league table the page shows, as .xlsx (every export is audited). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const user = locals.user!;
	const { query, table, title } = await answerInputErrors(async () => {
		const query = leagueQueryFrom(url.searchParams, region);
		const table = await leagueTableOf(query);
		const title = (await metricsOf(region, table.snapshot)).region.name ?? region;
		return { query, table, title };
	});
	const book = await leagueWorkbook({ title, snapshot: table.snapshot, metricLabel: table.metric.label, level: table.level, rows: table.rows, own: table.own, sort: query.sort, direction: query.direction, comparison: table.comparison });
	const body = await book.xlsx.writeBuffer();
	recordAudit({ user: user.username, role: user.role, action: 'export-rank', query: { ...query, snapshot: table.snapshot, vs: table.comparison.vs }, rows: table.rows.length });
	const name = `${title}${table.metric.label}排名-${table.snapshot}.xlsx`;
	return xlsxResponse(body as ArrayBuffer, name, `rank-${region}-${table.snapshot}.xlsx`);
};
