import type { Plan } from '../../plan/plan.ts';
import { expectedPensionCoverage, stageAt } from '../../plan/plan.ts';
import { basisPoints, type StatusColour } from '../../metrics/exact.ts';
import { projectTargetDate } from '../../metrics/projection.ts';
import type { Metrics } from '../../metrics/derive.ts';
import { DATA_QUALITY_RULES, type InsuranceKey } from '../../../shared/insurances.ts';
import type { RegionLevel } from '../../../shared/region-code.ts';
import type { RegionRow, TrendPoint } from './region-rows.ts';
import type { RegionFigures } from '../../../shared/view-rows.ts';
export type { RegionFigures };


export function displayName(code: string, name: string | null): string {
	return name ?? `${code}（${code.length === 9 ? '乡镇未明' : '名称未知'}）`;
}

const num = (m: Metrics | null, key: string): number | null => {
	const v = m?.[key];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** Coverage change in percentage points (docs/spec/METRICS.md delta); null when either side is null. */
export function pointsChange(now: number | null, before: number | null): number | null {
	return now === null || before === null ? null : (now - before) * 100;
}

export function qualityCount(m: Metrics): number {
	return DATA_QUALITY_RULES.reduce((sum, rule) => sum + (num(m, rule.key) ?? 0), 0);
}

/** Behind schedule: pension coverage below the milestone of the region's schedule, compared exactly on integers. */
export function isBehind(insured: number, eligible: number, expected: number | null): boolean | null {
	if (eligible === 0 || expected === null) return null;
	return insured * 10_000 < basisPoints(expected) * eligible;
}

export function regionFigures(
	row: RegionRow,
	insurance: InsuranceKey,
	asOf: string,
	plan: Plan,
	trend: TrendPoint[] | undefined
): RegionFigures {
	const m = row.hasData ? row.metrics : null;
	const coverage = num(m, `${insurance}.coverage`);
	const expected = expectedPensionCoverage(plan, row.code, asOf);
	const pensionInsured = num(m, 'pension.insured');
	const pensionEligible = num(m, 'pension.eligible');
	return {
		code: row.code,
		name: row.name,
		label: displayName(row.code, row.name),
		level: row.level,
		hasData: row.hasData,
		persons: num(m, 'obtained'),
		coverage,
		delta: pointsChange(coverage, num(row.previous, `${insurance}.coverage`)),
		status: (m?.[`${insurance}.status`] as StatusColour | null | undefined) ?? null,
		insured: num(m, `${insurance}.insured`),
		eligible: num(m, `${insurance}.eligible`),
		uninsured: num(m, `${insurance}.uninsured`),
		gap: num(m, `${insurance}.gap_to_target`),
		registrationRate: num(m, 'registration_rate'),
		verificationRate: num(m, 'verification_rate'),
		quality: m ? qualityCount(m) : null,
		stage: stageAt(plan, row.code, asOf),
		expected,
		behind: pensionInsured === null || pensionEligible === null ? null : isBehind(pensionInsured, pensionEligible, expected),
		projection: trend ? projectTargetDate(trend, plan.targets[insurance]) : null,
		...(row.own ? { own: true, label: row.name ?? `${row.code}本级` } : {})
	};
}
