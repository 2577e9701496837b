import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import guizhou from './presets/guizhou.json' with { type: 'json' };
import jilin from './presets/jilin.json' with { type: 'json' };
import dongzhi from './presets/dongzhi.json' with { type: 'json' };
import lianyungang from './presets/lianyungang.json' with { type: 'json' };
import { projectRoot } from '../project-root.ts';
import type { InsuranceKey } from '../../shared/insurances.ts';

/** The programme plan (docs/spec/SNAPSHOT.md "Plan file"): targets, stage schedules and which region follows which. */
export interface Plan {
	name: string;
	targets: Record<InsuranceKey, number>;
	/** amber band below the target, in percentage points (docs/spec/METRICS.md status colour) */
	amberBandPoints: number;
	schedules: Record<string, Schedule>;
	/** region code prefix → schedule key; the longest matching prefix wins */
	regions: Record<string, string>;
	defaultSchedule: string;
	/** which preset this plan started from (guizhou, jilin, dongzhi, lianyungang) */
	preset?: string;
	/** 考核 indicators, weights and targets (score/scorecard.ts); default DEFAULT_SCORECARD */
	scorecard?: ScorecardConfig;
	/** alerts (alerts/detect.ts): a count "jumped" when it rose by more than `jumpShare` and by at least `minIncrease` */
	alerts?: { jumpShare?: number; minIncrease?: number };
}

/** One 考核 indicator of the plan: its weight in the composite and the value that scores full marks. */
export interface ScorecardIndicatorConfig {
	key: string;
	weight: number;
	/** omitted for coverage: the plan's target of that insurance */
	target?: number;
}

export interface ScorecardConfig {
	indicators: ScorecardIndicatorConfig[];
}

export interface Schedule {
	name: string;
	stages: { name: string; from: string; to: string }[];
	/** pension coverage the schedule expects by each date: a region below it is behind schedule */
	milestones: { date: string; pension: number }[];
}

export const DEFAULT_PLAN: Plan = { ...(guizhou as Plan), preset: 'guizhou' };

/** The seeds' plans, ready to choose per installation (data/plan.json `"preset"`, or /admin/plan). */
export const PRESETS: Record<string, Plan> = {
	guizhou: DEFAULT_PLAN,
	jilin: { ...(jilin as Plan), preset: 'jilin' },
	dongzhi: { ...(dongzhi as Plan), preset: 'dongzhi' },
	lianyungang: { ...(lianyungang as Plan), preset: 'lianyungang' }
};

export const PRESET_LABELS: Record<string, string> = {
	guizhou: '贵州省（2014年遵义试点，分批推开）',
	jilin: '吉林省（2016年6月启动）',
	dongzhi: '东至县（2017年5月启动）',
	lianyungang: '连云港市（2016年2月启动，阶段交叉）'
};

/** A plan from a JSON object: `preset` picks the base (default Guizhou), the other keys override it. */
export function planFrom(custom: Partial<Plan>): Plan {
	const base = (custom.preset && PRESETS[custom.preset]) || DEFAULT_PLAN;
	return { ...base, ...custom, preset: base.preset, targets: { ...base.targets, ...(custom.targets ?? {}) } };
}

/** The installation's plan: $CANBAO_PLAN, else data/plan.json, else the Guizhou plan from the seeds. */
export function loadPlan(path = process.env.CANBAO_PLAN ?? resolve(projectRoot(), 'data', 'plan.json')): Plan {
	if (!existsSync(path)) return DEFAULT_PLAN;
	return planFrom(JSON.parse(readFileSync(path, 'utf8')) as Partial<Plan>);
}

export function scheduleFor(plan: Plan, region: string): { key: string; schedule: Schedule } {
	let best = '';
	for (const prefix of Object.keys(plan.regions)) {
		if (region.startsWith(prefix) && prefix.length > best.length) best = prefix;
	}
	const key = best ? plan.regions[best] : plan.defaultSchedule;
	return { key, schedule: plan.schedules[key] };
}

/**
 * Every stage of the region's schedule containing the date, in schedule order (stages may overlap:
 * 连云港 runs 宣传发动 and 实施准备 both in 2016年2—3月). None contains it: 未启动 before the first
 * stage; in a gap between stages, the latest stage begun before the date.
 */
export function stagesAt(plan: Plan, region: string, date: string): string[] {
	const { schedule } = scheduleFor(plan, region);
	const current = schedule.stages.filter((s) => s.from <= date && date <= s.to).map((s) => s.name);
	if (current.length > 0) return current;
	const begun = schedule.stages.filter((s) => s.from <= date);
	if (begun.length === 0) return ['未启动'];
	return [begun.reduce((a, b) => (b.from >= a.from ? b : a)).name];
}

/** docs/spec/METRICS.md `stage`: the current stages of the region's schedule, joined with 、 when several overlap. */
export function stageAt(plan: Plan, region: string, date: string): string {
	return stagesAt(plan, region, date).join('、');
}

/** Pension coverage the schedule expects by `date` (the latest milestone on or before it), or null. */
export function expectedPensionCoverage(plan: Plan, region: string, date: string): number | null {
	const { schedule } = scheduleFor(plan, region);
	let expected: number | null = null;
	for (const m of schedule.milestones) if (m.date <= date) expected = m.pension;
	return expected;
}
