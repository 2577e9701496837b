import type { Metrics } from '../../metrics/derive.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import type { Plan, ScorecardConfig } from '../../plan/plan.ts';
import { DATA_QUALITY_RULES } from '../../../shared/insurances.ts';

/** What an indicator reads: a child's figures now and in the previous snapshot (null: no previous or no data then). */
export interface IndicatorInput {
	counts: RegionCounts;
	metrics: Metrics;
	before: Metrics | null;
}

export interface IndicatorDefinition {
	key: string;
	label: string;
	description: string;
	defaultWeight: number;
	/** the full-marks value; a function of the plan for coverage (the plan's insurance target) */
	defaultTarget: (plan: Plan) => number;
	value: (input: IndicatorInput) => number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Data-quality counts that are problems to clean (15-digit legacy numbers are valid and only reported). */
export const PROBLEM_RULES = DATA_QUALITY_RULES.map((r) => r.key).filter((k) => k !== 'id_legacy15');

/**
 * The default 考核 indicators (docs/decisions.md "考核 scorecard"). Every one is a share where higher is
 * better, so one scoring rule serves all: 100 × min(1, max(0, value / target)).
 */
export const INDICATORS: IndicatorDefinition[] = [
	{
		key: 'pension_coverage', label: '养老保险参保率', defaultWeight: 25, defaultTarget: (p) => p.targets.pension,
		description: '养老保险参保人数 ÷ 应参保人数，对照计划目标',
		value: ({ metrics }) => num(metrics['pension.coverage'])
	},
	{
		key: 'medical_coverage', label: '医疗保险参保率', defaultWeight: 15, defaultTarget: (p) => p.targets.medical,
		description: '医疗保险参保人数 ÷ 应参保人数，对照计划目标',
		value: ({ metrics }) => num(metrics['medical.coverage'])
	},
	{
		key: 'registration_rate', label: '全民参保登记率', defaultWeight: 15, defaultTarget: () => 0.95,
		description: '已确认入库人数 ÷ 已获得数据人数',
		value: ({ metrics }) => num(metrics.registration_rate)
	},
	{
		key: 'verification_rate', label: '入户调查核实进度', defaultWeight: 15, defaultTarget: () => 1,
		description: '已核实入库人数 ÷ 需调查核实人数；无需核实的地区不计此项',
		value: ({ metrics }) => num(metrics.verification_rate)
	},
	{
		key: 'uninsured_reduction', label: '应参未参减少比例', defaultWeight: 10, defaultTarget: () => 0.1,
		description: '（上期养老应参未参 − 本期）÷ 上期；无上期或上期为0时不计此项',
		value: ({ metrics, before }) => {
			const now = num(metrics['pension.uninsured']);
			const then = before ? num(before['pension.uninsured']) : null;
			return now === null || then === null ? null : share(then - now, then);
		}
	},
	{
		key: 'data_quality_rate', label: '数据质量合格率', defaultWeight: 10, defaultTarget: () => 0.99,
		description: '1 − 数据质量问题数（不含15位旧号码）÷ 登记人数，问题数超过人数时为0',
		value: ({ counts, metrics }) => {
			const problems = PROBLEM_RULES.reduce((sum, k) => sum + (num(metrics[k]) ?? 0), 0);
			const rate = share(problems, counts.persons);
			return rate === null ? null : 1 - Math.min(1, rate);
		}
	},
	{
		key: 'duplicate_free_rate', label: '无重复参保率', defaultWeight: 10, defaultTarget: () => 0.999,
		description: '1 − （养老＋医疗重复参保人数）÷（养老＋医疗参保人数）',
		value: ({ metrics }) => {
			const dup = (num(metrics['pension.duplicate_enrolled']) ?? 0) + (num(metrics['medical.duplicate_enrolled']) ?? 0);
			const insured = (num(metrics['pension.insured']) ?? 0) + (num(metrics['medical.insured']) ?? 0);
			const rate = share(dup, insured);
			return rate === null ? null : 1 - Math.min(1, rate);
		}
	}
];

export const DEFAULT_SCORECARD: ScorecardConfig = {
	indicators: INDICATORS.map((i) => ({ key: i.key, weight: i.defaultWeight }))
};

/** The plan's indicators with their weights and targets resolved (unknown keys are left out). */
export function planIndicators(plan: Plan): { def: IndicatorDefinition; weight: number; target: number }[] {
	const config = plan.scorecard ?? DEFAULT_SCORECARD;
	return config.indicators.flatMap((c) => {
		const def = INDICATORS.find((d) => d.key === c.key);
		return def ? [{ def, weight: c.weight, target: c.target ?? def.defaultTarget(plan) }] : [];
	});
}
