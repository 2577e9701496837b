import type { PageServerLoad } from './$types';
import { viewContext } from '$lib/server/app/page-context.ts';
import { trailOf, unitListOf } from '$lib/server/app/entry-points.ts';
import { pageOf } from '$lib/server/persons/paging.ts';

const UNITS_PER_PAGE = 20;

/** 单位稽核: the flagged employers of the region, all five insurances in a row, worst first; repeat offenders on ask. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { region, asOf, snapshots } = await viewContext(locals.user, url);
	const repeat = url.searchParams.get('repeat') === '1';
	const page = pageOf(url.searchParams.get('page'));
	const [trail, list] = await Promise.all([
		trailOf({ region }),
		unitListOf({ region, asOf, repeat, limit: UNITS_PER_PAGE, offset: (page - 1) * UNITS_PER_PAGE })
	]);
	const dates = snapshots.map((s) => s.as_of).filter((d) => d < asOf);
	return { region: trail[trail.length - 1], asOf, previous: dates[dates.length - 1] ?? null, repeat, page, perPage: UNITS_PER_PAGE, ...list };
};
