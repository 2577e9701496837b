import type { PageServerLoad } from './$types';
import { requirePermission, requireRegion, permissionsOf } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { metricsOf } from '$lib/server/app/engine.ts';
import { childrenOf, codeNamesOf, crossTabOf } from '$lib/server/app/entry-points.ts';
import { ownLength, readGroupView } from '$lib/server/views/groups/group-query.ts';
import { assembleCrossTab } from '$lib/server/views/groups/cross-tab.ts';
import { DIMENSIONS } from '$lib/server/views/groups/dimensions.ts';
import { EXPANSION_GROUPS } from '$lib/shared/insurances.ts';
import { ownLabel } from '$lib/shared/own-row.ts';

/**
 * 扩面人群: preset counts (agg_group via the metrics object) and the cross-tab of the chosen preset and
 * cuts (agg_cube), suppressed on the server for roles without person-level access. No persons rows.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'groups');
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const view = readGroupView(url.searchParams, region);
	const permissions = permissionsOf(user);
	const personAccess = permissions.persons === 'full';
	const [metrics, counts, names, children] = await Promise.all([
		metricsOf(region, asOf),
		view.cubeCovers
			? crossTabOf({ region, asOf, insurance: insurance.digit, ...view, ownLength: ownLength(region, view.own) })
			: Promise.resolve([]),
		codeNamesOf({ asOf }),
		childrenOf({ region, asOf })
	]);
	const regions = new Map<string, string | null>(children.children.map((c) => [c.code, c.name] as [string, string | null]));
	const crossTab = assembleCrossTab(counts, view, { codes: names, regions, scope: user.scope, own: ownLabel(children.region) }, personAccess);
	const groups = metrics.metrics[`${insurance.key}.groups`] as Record<string, number>;
	const filterOptions = DIMENSIONS.filter((d) => d.field).map((d) => ({
		key: d.key,
		label: d.label,
		options: [...(names.get(d.field as string) ?? new Map()).entries()]
			.filter(([code]) => d.key !== 'status' || ['91', '92', '94'].includes(code))
			.map(([code, name]) => ({ code, name }))
	}));
	return {
		insurance: { key: insurance.key, label: insurance.label },
		uninsured: metrics.metrics[`${insurance.key}.uninsured`] as number,
		presets: EXPANSION_GROUPS.map((g) => ({ key: g.key, label: g.label, n: groups[g.key] ?? 0 })),
		view,
		dimensions: DIMENSIONS.map((d) => ({ key: d.key, label: d.label })),
		filterOptions,
		crossTab,
		suppressed: !personAccess,
		own: view.own ? ownLabel(children.region) : null,
		canList: permissions.persons !== 'none',
		snapshot: asOf,
		canExport: permissions.exportPersons
	};
};
