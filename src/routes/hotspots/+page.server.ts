import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { permissionsOf, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { metricsOf } from '$lib/server/app/engine.ts';
import { employersOf, hotspotsOf } from '$lib/server/app/entry-points.ts';
import { rankHotspots, type EmployerOrder, type HotspotSort } from '$lib/server/views/hotspots/hotspots.ts';
import { pageOf } from '$lib/server/persons/paging.ts';

const EMPLOYERS_PER_PAGE = 15;

/** The 单位稽核 page of an employer, keeping the region and snapshot of the view. */
function unitPageOf(aab001: string, params: URLSearchParams): string {
	const kept = new URLSearchParams([...params].filter(([k]) => k === 'region' || k === 'snapshot'));
	return `/employers/${encodeURIComponent(aab001)}${kept.size ? `?${kept}` : ''}`;
}

/** 应参未参热点: the children of the region ranked by 应参未参 count or rate, and employers for 稽核. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	// ?aab001= names one employer: its 单位稽核 page is the unit's view of 应参未参 (docs/decisions.md)
	const aab001 = url.searchParams.get('aab001')?.trim();
	if (aab001) redirect(307, unitPageOf(aab001, url.searchParams));
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const sort: HotspotSort = url.searchParams.get('sort') === 'rate' ? 'rate' : 'count';
	const order: EmployerOrder = url.searchParams.get('employers') === 'shortfall' ? 'shortfall' : 'unit_not_enrolled';
	const epage = pageOf(url.searchParams.get('epage'));
	const [metrics, children, employers] = await Promise.all([
		metricsOf(region, asOf),
		hotspotsOf({ region, asOf, insurance }),
		employersOf({ region, asOf, insurance: insurance.digit, order, limit: EMPLOYERS_PER_PAGE, offset: (epage - 1) * EMPLOYERS_PER_PAGE })
	]);
	const m = metrics.metrics;
	const k = insurance.key;
	return {
		insurance: { key: insurance.key, label: insurance.label },
		region: metrics.region,
		totals: {
			uninsured: m[`${k}.uninsured`] as number,
			uninsured_individual: m[`${k}.uninsured_individual`] as number,
			uninsured_unit: m[`${k}.uninsured_unit`] as number,
			interrupted: m[`${k}.interrupted`] as number,
			eligible: m[`${k}.eligible`] as number
		},
		sort,
		rows: rankHotspots(children.rows, sort),
		own: children.own,
		// the 本级 row leads to its 应参未参 persons (扩面人群 with own=1) for roles that may list persons
		ownList: permissionsOf(user).persons !== 'none' && permissionsOf(user).groups,
		// each child's count leads to its persons the same way (issue 16: one click to a region's list)
		snapshot: asOf,
		employers: { order, page: epage, perPage: EMPLOYERS_PER_PAGE, ...employers }
	};
};
