import { error, fail, type Actions } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission, requireUser } from '$lib/server/auth/access.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { activePlan, PlanInvalid, savePlan } from '$lib/server/plan/active-plan.ts';
import { PRESETS, PRESET_LABELS, type Plan } from '$lib/server/plan/plan.ts';
import { planFormView, planFromForm } from '$lib/server/plan/plan-form.ts';
import { workStore } from '$lib/server/store/work-store.ts';

/** The plan is the installation's: only a 管理员 whose scope is the whole province changes it. */
function requirePlanAdmin(locals: App.Locals) {
	requirePermission(locals.user, 'manageUsers');
	const user = requireUser(locals.user);
	if (user.scope.length !== 2) error(403, '只有省级管理员可以修改实施计划');
	return user;
}

/** 管理员: the plan in force (targets, stage dates, 考核 weights), the seeds' presets, and the saved versions. */
export const load: PageServerLoad = async ({ locals }) => {
	requirePlanAdmin(locals);
	const store = await workStore();
	await store.ensure('plans');
	const history = await store.query<{ version: number; saved_at: string; saved_by: string; preset: string | null }>('store/plans-history');
	return {
		plan: planFormView(activePlan()),
		planName: activePlan().name,
		presets: Object.keys(PRESETS).map((key) => ({ key, label: PRESET_LABELS[key], name: PRESETS[key].name })),
		history: history.map((h) => ({ ...h, presetLabel: h.preset ? (PRESET_LABELS[h.preset] ?? h.preset) : null }))
	};
};

async function save(locals: App.Locals, plan: Plan, action: string) {
	const user = requirePlanAdmin(locals);
	try {
		const version = await savePlan(await workStore(), plan, user.username);
		recordAudit({ user: user.username, role: user.role, action, query: { page: '/admin/plan', preset: plan.preset ?? null, version }, rows: 0 });
		return { done: `已保存为第 ${version} 版计划，所有页面的阶段与进度检查即时按新计划计算` };
	} catch (e) {
		if (e instanceof PlanInvalid) return fail(400, { errors: e.errors });
		throw e;
	}
}

export const actions: Actions = {
	preset: async ({ locals, request }) => {
		requirePlanAdmin(locals);
		const key = String((await request.formData()).get('preset') ?? '');
		const preset = PRESETS[key];
		if (!preset) return fail(400, { errors: [`没有名为“${key}”的预设计划`] });
		return save(locals, preset, 'plan-preset');
	},
	save: async ({ locals, request }) => {
		requirePlanAdmin(locals);
		const form = await request.formData();
		const edited = planFromForm(activePlan(), (name) => (form.has(name) ? String(form.get(name)) : null));
		return save(locals, edited, 'plan-edit');
	}
};
