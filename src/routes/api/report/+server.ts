import { json, type RequestHandler } from '@sveltejs/kit';
import { requireRegion } from '$lib/server/auth/access.ts';
import { reportOf } from '$lib/server/app/engine.ts';
import { reportJson } from '$lib/server/metrics/report.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** docs/spec/INTERFACE.md `GET /api/report?region=&snapshot=`: the `canbao report --json` object. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	const snapshot = url.searchParams.get('snapshot') ?? undefined;
	return json(reportJson(await answerInputErrors(() => reportOf(region, snapshot))));
};
