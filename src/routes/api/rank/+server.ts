import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { rankOf } from '$lib/server/app/engine.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** `GET /api/rank?region=&metric=&snapshot=[&vs=yoy|DATE]`: the `canbao rank --json` object (default metric pension.coverage; vs: docs/decisions.md). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const metric = url.searchParams.get('metric') || 'pension.coverage';
	const snapshot = url.searchParams.get('snapshot') || undefined;
	const vs = url.searchParams.get('vs') || undefined;
	return json(await answerInputErrors(() => rankOf(region, metric, snapshot, vs)));
};
