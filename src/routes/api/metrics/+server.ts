import { json, type RequestHandler } from '@sveltejs/kit';
import { requireRegion } from '$lib/server/auth/access.ts';
import { metricsOf } from '$lib/server/app/engine.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** docs/spec/INTERFACE.md `GET /api/metrics?region=&snapshot=`: the `canbao metrics --json` object. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	const snapshot = url.searchParams.get('snapshot') ?? undefined;
	return json(await answerInputErrors(() => metricsOf(region, snapshot)));
};
