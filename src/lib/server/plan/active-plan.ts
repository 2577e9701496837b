import { loadPlan, planFrom, type Plan } from './plan.ts';
import { planErrors } from './plan-validate.ts';
import { workStore, type WorkStore } from '../store/work-store.ts';

/**
 * The plan in force in this server process: the latest version a 管理员 saved in /admin/plan (the
 * work store), else data/plan.json ($CANBAO_PLAN), else the Guizhou plan. `planVersion()` changes
 * whenever the plan does, and is part of every cache stamp (app/engine.ts), so figures that depend on
 * targets or stages are computed again.
 */
let active: Plan | null = null;
let version = 0;
let loaded: Promise<void> | null = null;

export function activePlan(): Plan {
	return (active ??= loadPlan());
}

export function planVersion(): number {
	return version;
}

export function setActivePlan(plan: Plan): void {
	active = plan;
	version += 1;
}

export interface SavedPlan {
	version: number;
	saved_at: string;
	saved_by: string;
	preset: string | null;
	plan_json: string;
}

export async function latestSavedPlan(store: WorkStore): Promise<SavedPlan | null> {
	await store.ensure('plans');
	return (await store.query<SavedPlan & Record<string, unknown>>('store/plans-latest'))[0] ?? null;
}

/** Reads the saved plan from the work store once per process (first request); a bad store keeps the file plan. */
export function ensurePlanLoaded(open: () => Promise<WorkStore> = () => workStore()): Promise<void> {
	return (loaded ??= (async () => {
		try {
			const saved = await latestSavedPlan(await open());
			if (saved) {
				const plan = planFrom(JSON.parse(saved.plan_json) as Partial<Plan>);
				if (planErrors(plan).length === 0) setActivePlan(plan);
			}
		} catch (e) {
			console.error('读取工作库中的计划失败，使用 data/plan.json 或默认计划', e instanceof Error ? e.message : e);
		}
	})());
}

/** Saves a validated plan as the new version in force (the caller audits). Throws the errors in Chinese. */
export async function savePlan(store: WorkStore, plan: Plan, user: string): Promise<number> {
	const errors = planErrors(plan);
	if (errors.length) throw new PlanInvalid(errors);
	await store.ensure('plans');
	const rows = await store.transaction((db) =>
		db.query<{ version: number }>('store/plans-save', { saved_by: user, preset: plan.preset ?? null, plan_json: JSON.stringify(plan) })
	);
	setActivePlan(plan);
	return rows[0].version;
}

export class PlanInvalid extends Error {
	constructor(readonly errors: string[]) {
		super(errors.join('；'));
		this.name = 'PlanInvalid';
	}
}
