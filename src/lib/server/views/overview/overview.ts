import { cachedQuery, currentPlan, metricsOf } from '../../app/engine.ts';
import { coverageTrend, type MetricsResult } from '../../metrics/metrics.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import { expectedPensionCoverage, scheduleFor, stageAt } from '../../plan/plan.ts';
import { childLength } from '../../../shared/region-code.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import { buildKpis, type Kpi } from './kpis.ts';
import { childFigures } from './children.ts';
import { isBehind, type RegionFigures } from '../shared/region-figures.ts';
import { stageBands, type StageBand } from '../shared/stages.ts';
import { snapshotSpan } from '../shared/snapshot-span.ts';
import { hasMap } from '../geo/region-geojson.ts';

/** Everything 总览 shows for one region, snapshot and insurance — engine figures only. */
export interface Overview {
	metrics: MetricsResult;
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

export async function overviewOf(region: string, snapshot: string | undefined, insurance: InsuranceKey): Promise<Overview> {
	const plan = currentPlan();
	const metrics = await metricsOf(region, snapshot);
	const asOf = metrics.snapshot;
	const { first, previous } = await snapshotSpan(asOf);
	const length = childLength(region);
	const [before, trend, children] = await Promise.all([
		previous ? metricsOf(region, previous) : Promise.resolve(null),
		cachedQuery('dashboard-trend', { region, asOf }, asOf, async (db) => {
			const { current, all } = await resolveSnapshot(db, asOf);
			return coverageTrend(db, region, current, all);
		}),
		length === null
			? Promise.resolve({ rows: [] as RegionFigures[], own: null })
			: cachedQuery('dashboard-children', { region, length, asOf, insurance }, asOf, (db) => childFigures(db, region, length, asOf, insurance, plan))
	]);
	const m = metrics.metrics;
	const expected = expectedPensionCoverage(plan, region, asOf);
	return {
		metrics,
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
