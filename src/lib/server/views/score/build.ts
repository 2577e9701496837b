import type { Database } from '../../db/database.ts';
import { InputError } from '../../errors.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { regionParts } from '../../metrics/children.ts';
import { deriveMetrics, type Metrics } from '../../metrics/derive.ts';
import { assertRegionCode } from '../../metrics/regions.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import type { Plan } from '../../plan/plan.ts';
import { childLength } from '../../../shared/region-code.ts';
import type { Scorecard, ScoreRow } from '../../../shared/scorecard.ts';
import { planIndicators } from './indicators.ts';
import { composite, indicatorScore, rankRows } from './scorecard.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The 考核 scorecard of a region's children (the reference children, the 情况表 rows: the 本级 row is
 * never scored or ranked) for a snapshot, against the plan's indicators, weights and targets; with the
 * persons each child must still enrol (task allocation). A child without any rows has every indicator
 * missing and no composite.
 */
export async function buildScorecard(db: Database, regionCode: string, asOf: string | undefined, plan: Plan): Promise<Scorecard> {
	const code = assertRegionCode(regionCode);
	const length = childLength(code);
	if (length === null) throw new InputError(`地区 ${code} 是村级，没有下级地区可以考核`);
	const { current, previous } = await resolveSnapshot(db, asOf);
	// the engine's per-child primitive: reference children only (the 本级 row is never scored)
	const [parts, beforeParts] = await Promise.all([
		regionParts(db, code, current.as_of, length),
		previous ? regionParts(db, code, previous.as_of, length, true) : Promise.resolve(null)
	]);
	const { region, children } = parts;
	const now = new Map(children.filter((c) => c.hasData).map((c) => [c.code, c.counts]));
	const before = new Map<string, RegionCounts>((beforeParts?.children ?? []).filter((c) => c.hasData).map((c) => [c.code, c.counts]));
	const indicators = planIndicators(plan);
	const rows: ScoreRow[] = children
		.map((child) => {
			const counts = now.get(child.code);
			const metrics: Metrics | null = counts ? deriveMetrics(counts, plan) : null;
			const then = before.get(child.code);
			const beforeMetrics = then ? deriveMetrics(then, plan) : null;
			const scored = indicators.map(({ def, weight, target }) => {
				const value = counts && metrics ? def.value({ counts, metrics, before: beforeMetrics }) : null;
				return { key: def.key, label: def.label, value, target, weight, score: indicatorScore(value, target) };
			});
			const { composite: total, covered } = composite(scored);
			return {
				code: child.code,
				name: child.name,
				indicators: scored,
				composite: total,
				weightCovered: covered,
				rank: null,
				gap: { pension: metrics ? num(metrics['pension.gap_to_target']) : null, medical: metrics ? num(metrics['medical.gap_to_target']) : null }
			};
		});
	return {
		snapshot: current.as_of,
		previous: previous?.as_of ?? null,
		region: { code: region.code, name: region.name },
		indicators: indicators.map(({ def, weight, target }) => ({ key: def.key, label: def.label, weight, target, description: def.description })),
		rows: rankRows(rows)
	};
}
