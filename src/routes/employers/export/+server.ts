import type { RequestHandler } from './$types';
import { viewContext } from '$lib/server/app/page-context.ts';
import { trailOf, unitListOf } from '$lib/server/app/entry-points.ts';
import { UNIT_EXPORT_LIMIT, unitsWorkbook } from '$lib/server/views/employers/employers-xlsx.ts';
import { attachment, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';

/** The employer list of 单位稽核 as Excel (an aggregate table of employers, no person data: every role). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { region, asOf } = await viewContext(locals.user, url);
	const repeat = url.searchParams.get('repeat') === '1';
	const [trail, list] = await Promise.all([trailOf({ region }), unitListOf({ region, asOf, repeat, limit: UNIT_EXPORT_LIMIT + 1, offset: 0 })]);
	const name = trail[trail.length - 1]?.name ?? region;
	const buffer = await unitsWorkbook({
		about: [`地区：${name}（${region}）`, `快照：${asOf}`, `范围：${repeat ? '只看连续未改正（上期也未改正）的单位' : '本期未予参保或参保人数低于职工人数的单位'}`, `共 ${list.matching.toLocaleString('en-US')} 家单位`],
		rows: list.rows.slice(0, UNIT_EXPORT_LIMIT),
		truncated: list.rows.length > UNIT_EXPORT_LIMIT
	});
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(`稽核单位名单-${region}-${asOf}.xlsx`) }
	});
};
