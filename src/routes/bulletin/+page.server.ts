import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { bulletinPayload } from '$lib/server/views/bulletin/issue.ts';
import { readViewState } from '$lib/shared/view-state.ts';

/** 通报: a print-ready A4 bulletin for a region and snapshot (the same data an issued 通报 freezes). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const view = readViewState(url.searchParams);
	return answerInputErrors(() => bulletinPayload(region, view.snapshot ?? undefined, view.insurance));
};
