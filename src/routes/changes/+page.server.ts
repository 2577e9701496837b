import type { PageServerLoad } from './$types';
import { permissionsOf } from '$lib/server/auth/access.ts';
import { changesOf, incompleteOf } from '$lib/server/app/entry-points.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { changesContext } from '$lib/server/views/changes/changes-page.ts';

/** 两期变化 (扩面 follow-up): the transition matrix and named figures of one region, by child region. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const c = await changesContext(locals.user, url);
	const { region, from, to, insurance } = c;
	const view = from === null ? null : await answerInputErrors(() =>
		changesOf({ region, from, to, insurance: insurance.key })
	);
	const incomplete = await incompleteOf({ region, to, digit: insurance.digit });
	return {
		view,
		incomplete,
		from,
		to,
		previous: c.previous,
		yearAgo: c.yearAgo,
		insurance: { key: insurance.key, label: insurance.label },
		canList: permissionsOf(c.user).persons !== 'none',
		canExport: permissionsOf(c.user).exportPersons
	};
};
