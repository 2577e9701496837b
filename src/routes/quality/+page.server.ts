import type { PageServerLoad } from './$types';
import { permissionsOf, requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { metricsOf, reportOf } from '$lib/server/app/engine.ts';
import { qualityChildrenOf, qualityTrendOf } from '$lib/server/app/entry-points.ts';
import { readRule } from '$lib/server/views/quality/quality-view.ts';
import { QUALITY_PAGE_RULES } from '$lib/shared/insurances.ts';

/** 数据质量: every rule for the region, by child and over snapshots, the 情况表 logic checks, and the rule whose rows are listed. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { user, region, asOf } = await viewContext(locals.user, url);
	const [metrics, children, trend, report] = await Promise.all([
		metricsOf(region, asOf),
		qualityChildrenOf({ region, asOf }),
		qualityTrendOf({ region, asOf }),
		reportOf(region, asOf)
	]);
	return {
		// docs/spec/METRICS.md's rules from the engine, then the page's own (not in the metrics JSON)
		rules: QUALITY_PAGE_RULES.map((r) => ({
			key: r.key,
			label: r.label,
			n: r.key in children.pageOnly ? children.pageOnly[r.key as keyof typeof children.pageOnly] : (metrics.metrics[r.key] as number)
		})),
		persons: children.rows.reduce((s, c) => s + c.persons, 0) + (children.own?.persons ?? 0),
		children: children.rows,
		own: children.own,
		trend,
		checks: report.checks,
		checkNames: { ...Object.fromEntries(report.rows.map((r) => [r.code, r.name ?? r.code])), own: `${report.region.name ?? report.region.code}本级`, total: '合计' },
		rule: readRule(url.searchParams.get('rule')),
		canList: permissionsOf(user).persons !== 'none',
		canExport: permissionsOf(user).exportPersons
	};
};
