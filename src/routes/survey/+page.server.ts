import type { PageServerLoad } from './$types';
import { permissionsOf, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { surveyOf } from '$lib/server/app/entry-points.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** 入户调查: persons and households to visit per child, 核实进度, surveyors and reviewers; the pack and list links by role. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { user, region, asOf } = await viewContext(locals.user, url);
	const survey = await answerInputErrors(() => surveyOf({ region, asOf }));
	const persons = permissionsOf(user).persons;
	const local = region.length === 9 || region.length === 12;
	return {
		survey,
		/** the to-visit list (masked for 督导/规划) and the pack (经办 only) are per township or village */
		canList: persons !== 'none' && local,
		canPack: persons === 'full' && local,
		fullAccess: persons === 'full',
		listRegion: local
	};
};
