import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import guizhou from './guizhou-plan.json' with { type: 'json' };
import { projectRoot } from '../project-root.ts';
import type { InsuranceKey } from '../../shared/insurances.ts';

/** The programme plan (SNAPSHOT.md "Plan file"): targets, stage schedules and which region follows which. */
export interface Plan {
	name: string;
	targets: Record<InsuranceKey, number>;
	/** amber band below the target, in percentage points (METRICS.md status colour) */
	amberBandPoints: number;
	schedules: Record<string, Schedule>;
	/** region code prefix → schedule key; the longest matching prefix wins */
	regions: Record<string, string>;
	defaultSchedule: string;
}

export interface Schedule {
	name: string;
	stages: { name: string; from: string; to: string }[];
	/** pension coverage the schedule expects by each date: a region below it is behind schedule */
	milestones: { date: string; pension: number }[];
}

export const DEFAULT_PLAN: Plan = guizhou as Plan;

/** The installation's plan: $CANBAO_PLAN, else data/plan.json, else the Guizhou plan from the seeds. */
export function loadPlan(path = process.env.CANBAO_PLAN ?? resolve(projectRoot(), 'data', 'plan.json')): Plan {
	if (!existsSync(path)) return DEFAULT_PLAN;
	const custom = JSON.parse(readFileSync(path, 'utf8')) as Partial<Plan>;
	return { ...DEFAULT_PLAN, ...custom, targets: { ...DEFAULT_PLAN.targets, ...(custom.targets ?? {}) } };
}

export function scheduleFor(plan: Plan, region: string): { key: string; schedule: Schedule } {
	let best = '';
	for (const prefix of Object.keys(plan.regions)) {
		if (region.startsWith(prefix) && prefix.length > best.length) best = prefix;
	}
	const key = best ? plan.regions[best] : plan.defaultSchedule;
	return { key, schedule: plan.schedules[key] };
}

/** METRICS.md `stage`: the stage of the region's schedule containing the date, or 未启动 before the first. */
export function stageAt(plan: Plan, region: string, date: string): string {
	const { schedule } = scheduleFor(plan, region);
	const stage = schedule.stages.find((s) => s.from <= date && date <= s.to);
	if (stage) return stage.name;
	return date < schedule.stages[0].from ? '未启动' : schedule.stages[schedule.stages.length - 1].name;
}

/** Pension coverage the schedule expects by `date` (the latest milestone on or before it), or null. */
export function expectedPensionCoverage(plan: Plan, region: string, date: string): number | null {
	const { schedule } = scheduleFor(plan, region);
	let expected: number | null = null;
	for (const m of schedule.milestones) if (m.date <= date) expected = m.pension;
	return expected;
}
