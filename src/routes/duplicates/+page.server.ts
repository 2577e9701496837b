import type { PageServerLoad } from './$types';
import { requireRegion, permissionsOf } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { metricsOf } from '$lib/server/app/engine.ts';
import { codeNamesOf, duplicateChildrenOf, duplicateTrendOf } from '$lib/server/app/entry-points.ts';
import { readDuplicateFilter } from '$lib/server/views/duplicates/duplicates.ts';
import { SPAN_LABELS } from '$lib/server/persons/lists.ts';

/** 重复参保: duplicate enrolment and benefit of one insurance by scheme pair, span, child region and snapshot. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { user, region, asOf, insurance, snapshots } = await viewContext(locals.user, url);
	const digit = insurance.digit;
	const [metrics, children, trend, names] = await Promise.all([
		metricsOf(region, asOf),
		duplicateChildrenOf({ region, asOf, digit }),
		duplicateTrendOf({ region, asOf, digit, snapshots: snapshots.map((s) => s.as_of) }),
		codeNamesOf({ asOf })
	]);
	const m = metrics.metrics;
	const k = insurance.key;
	const schemes = names.get('scheme') ?? new Map<string, string>();
	const pairs = Object.entries(m[`${k}.duplicate_pairs`] as Record<string, number>)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([key, n]) => ({ key, n, label: key.split('+').map((s) => schemes.get(s) ?? s).join(' + ') }));
	return {
		insurance: { key: k, label: insurance.label },
		enrolled: m[`${k}.duplicate_enrolled`] as number,
		benefit: m[`${k}.duplicate_benefit`] as number,
		pairs,
		spans: Object.entries(m[`${k}.duplicate_span`] as Record<string, number>).map(([key, n]) => ({ key, n, label: SPAN_LABELS[key as keyof typeof SPAN_LABELS] })),
		children: children.rows,
		own: children.own,
		trend,
		filter: readDuplicateFilter(url.searchParams),
		canList: permissionsOf(user).persons !== 'none',
		canExport: permissionsOf(user).exportPersons
	};
};
