import { currentPlan, metricsOf } from '../../app/engine.ts';
import { overviewChildrenOf, overviewTrendOf } from '../../app/entry-points.ts';
import { pageComparison } from '../../app/comparison.ts';
import type { MetricsResult } from '../../metrics/metrics.ts';
import type { Comparison } from '../../../shared/comparison.ts';
import { expectedPensionCoverage, scheduleFor, stageAt } from '../../plan/plan.ts';
import { childLength } from '../../../shared/region-code.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import { buildKpis, type Kpi } from './kpis.ts';
import { isBehind, type RegionFigures } from '../shared/region-figures.ts';
import { stageBands, type StageBand } from '../shared/stages.ts';
import { snapshotSpan } from '../shared/snapshot-span.ts';
import { hasMap } from '../geo/region-geojson.ts';

/** Everything 总览 shows for one region, snapshot and insurance — engine figures only. */
export interface Overview {
	metrics: MetricsResult;
	/** what the KPI changes and the children's 较 column compare with (URL `vs`) */
	comparison: Comparison;
	kpis: Kpi[];
	trend: { asOf: string; coverage: number | null }[];
	target: number;
	bands: StageBand[];
	progress: { schedule: string; stage: string; expected: number | null; behind: boolean | null; projection: string | null };
	children: RegionFigures[];
	/** the 本级 row beside the children (null for a village, which has no children) */
	own: RegionFigures | null;
	/** the children can be drawn as a map (province → prefectures, prefecture → counties) */
	map: boolean;
}

/** `vs`: the URL's comparison choice (src/lib/shared/comparison.ts; null = the previous snapshot). */
export async function overviewOf(region: string, snapshot: string | undefined, insurance: InsuranceKey, vs: string | null = null): Promise<Overview> {
	const plan = currentPlan();
	const metrics = await metricsOf(region, snapshot);
	const asOf = metrics.snapshot;
	const { first } = await snapshotSpan(asOf);
	const comparison = await pageComparison(asOf, vs);
	const length = childLength(region);
	const [before, trend, children] = await Promise.all([
		comparison.vs ? metricsOf(region, comparison.vs) : Promise.resolve(null),
		overviewTrendOf({ region, asOf }),
		length === null
			? Promise.resolve({ rows: [] as RegionFigures[], own: null })
			: overviewChildrenOf({ region, length, asOf, vs: comparison.vs, insurance })
	]);
	const m = metrics.metrics;
	const expected = expectedPensionCoverage(plan, region, asOf);
	return {
		metrics,
		comparison,
		kpis: buildKpis(m, before?.metrics ?? null, insurance, plan),
		trend: trend.map((t) => ({ asOf: t.asOf, coverage: t.coverage[insurance] })),
		target: plan.targets[insurance],
		bands: stageBands(plan, region, first, asOf).bands,
		progress: {
			schedule: scheduleFor(plan, region).schedule.name,
			stage: stageAt(plan, region, asOf),
			expected,
			behind: isBehind(m['pension.insured'] as number, m['pension.eligible'] as number, expected),
			projection: (m[`${insurance}.projection`] as string | null) ?? null
		},
		children: children.rows,
		own: children.own,
		map: hasMap(region)
	};
}
