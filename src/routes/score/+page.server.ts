import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { scorecardOf } from '$lib/server/app/entry-points.ts';

/** 考核: the weighted scorecard of the region's children, with each one's breakdown and persons still to enrol. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const snapshot = url.searchParams.get('snapshot') ?? undefined;
	const card = await answerInputErrors(() => scorecardOf({ region, snapshot }));
	return { card, selected: url.searchParams.get('child') };
};
