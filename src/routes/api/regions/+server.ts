import { json, type RequestHandler } from '@sveltejs/kit';
import { requireRegion } from '$lib/server/auth/access.ts';
import { regionSearchOf } from '$lib/server/app/entry-points.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { searchText } from '$lib/shared/region-search.ts';

/** `GET /api/regions?q=九驿`: reference regions whose name contains q, inside the signed-in user's scope only. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const scope = requireRegion(locals.user, null);
	const text = searchText(url.searchParams.get('q'));
	const regions = await answerInputErrors(() => regionSearchOf({ scope, text }));
	return json({ regions });
};
