import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { bulletinOf } from '$lib/server/views/bulletin/bulletin.ts';
import { readViewState } from '$lib/shared/view-state.ts';

/** 通报: a print-ready A4 bulletin for a region and snapshot. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const view = readViewState(url.searchParams);
	const bulletin = await answerInputErrors(() => bulletinOf(region, view.snapshot ?? undefined, view.insurance));
	const { overview, league, sentences, top, bottom } = bulletin;
	return {
		region: overview.metrics.region,
		snapshot: overview.metrics.snapshot,
		insurance: view.insurance,
		sentences,
		league,
		top,
		bottom,
		trend: overview.trend,
		target: overview.target,
		bands: overview.bands
	};
};
