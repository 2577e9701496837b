import type { PageServerLoad } from './$types';
import { requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { overviewOf } from '$lib/server/views/overview/overview.ts';
import { readViewState } from '$lib/shared/view-state.ts';

/** 总览: KPIs, trend with stages, children on a map and as bars, who is behind schedule; changes against `vs` (default the previous snapshot). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	const view = readViewState(url.searchParams);
	const overview = await answerInputErrors(() => overviewOf(region, view.snapshot ?? undefined, view.insurance, url.searchParams.get('vs')));
	const { metrics, ...rest } = overview;
	return { region: metrics.region, snapshot: metrics.snapshot, insurance: view.insurance, ...rest };
};
