import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { permissionsOf } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { unitDetailOf } from '$lib/server/app/entry-points.ts';

/** One employer for 稽核: its five insurances against its headcount, its run of flagged snapshots and its staff. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, region, asOf, snapshots } = await viewContext(locals.user, url);
	const detail = await unitDetailOf({ aab001: params.aab001, asOf, region, dates: snapshots.map((s) => s.as_of) });
	if (!detail) error(404, `快照 ${asOf} 中没有地区 ${region} 范围内编号为 ${params.aab001} 的单位`);
	const p = permissionsOf(user);
	return { asOf, region, ...detail, canList: p.persons !== 'none' };
};
