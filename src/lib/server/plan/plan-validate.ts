import { INSURANCES } from '../../shared/insurances.ts';
import type { Plan } from './plan.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: unknown): value is string {
	if (typeof value !== 'string' || !DAY.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const shown = (v: unknown) => (typeof v === 'number' && Number.isNaN(v)) || v === undefined || v === '' ? '未填写' : String(v);

const isRate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1;

/**
 * What is wrong with a plan, in Chinese, each naming the field (empty: the plan is valid). Targets
 * are shares in (0, 1]; stage dates are calendar days with from ≤ to; a schedule has at least one
 * stage; milestones are days with a pension share in (0, 1]; region keys are code prefixes naming a
 * schedule that exists; 考核 weights are ≥ 0 with at least one above 0.
 */
export function planErrors(plan: Plan): string[] {
	const errors: string[] = [];
	if (!plan.name || !String(plan.name).trim()) errors.push('计划名称不能为空');
	for (const i of INSURANCES) {
		if (!isRate(plan.targets?.[i.key])) errors.push(`${i.label}目标应为 0 到 100% 之间的数（大于0），现为“${shown(plan.targets?.[i.key])}”`);
	}
	if (!(typeof plan.amberBandPoints === 'number' && plan.amberBandPoints >= 0 && plan.amberBandPoints <= 50)) {
		errors.push(`黄色区间应为 0 到 50 个百分点，现为“${shown(plan.amberBandPoints)}”`);
	}
	const schedules = plan.schedules ?? {};
	if (Object.keys(schedules).length === 0) errors.push('至少需要一个阶段安排');
	for (const [key, schedule] of Object.entries(schedules)) {
		const where = `阶段安排“${schedule.name || key}”`;
		if (!schedule.stages?.length) errors.push(`${where}没有任何阶段`);
		(schedule.stages ?? []).forEach((s, n) => {
			const at = `${where}第${n + 1}个阶段${s.name ? `“${s.name}”` : ''}`;
			if (!s.name || !s.name.trim()) errors.push(`${at}缺少名称`);
			if (!isDay(s.from)) errors.push(`${at}的开始日期“${s.from ?? ''}”不是有效日期（YYYY-MM-DD）`);
			if (!isDay(s.to)) errors.push(`${at}的结束日期“${s.to ?? ''}”不是有效日期（YYYY-MM-DD）`);
			if (isDay(s.from) && isDay(s.to) && s.from > s.to) errors.push(`${at}的开始日期 ${s.from} 晚于结束日期 ${s.to}`);
		});
		(schedule.milestones ?? []).forEach((m, n) => {
			const at = `${where}第${n + 1}个进度节点`;
			if (!isDay(m.date)) errors.push(`${at}的日期“${m.date ?? ''}”不是有效日期`);
			if (!isRate(m.pension)) errors.push(`${at}的养老保险参保率应在 0 到 100% 之间`);
		});
	}
	if (!schedules[plan.defaultSchedule]) errors.push(`默认阶段安排“${plan.defaultSchedule}”不存在`);
	for (const [prefix, key] of Object.entries(plan.regions ?? {})) {
		if (!/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(prefix)) errors.push(`地区代码“${prefix}”无效：应为 2、4、6、9 或 12 位数字`);
		if (!schedules[key]) errors.push(`地区 ${prefix} 的阶段安排“${key}”不存在`);
	}
	const indicators = plan.scorecard?.indicators;
	if (indicators) {
		for (const ind of indicators) {
			if (!(typeof ind.weight === 'number' && Number.isFinite(ind.weight) && ind.weight >= 0)) errors.push(`考核指标“${ind.key}”的权重应为不小于 0 的数`);
			if (ind.target !== undefined && !(typeof ind.target === 'number' && Number.isFinite(ind.target) && ind.target > 0 && ind.target <= 1)) {
				errors.push(`考核指标“${ind.key}”的目标应为 0 到 100% 之间的数（大于0）`);
			}
		}
		if (!indicators.some((i) => i.weight > 0)) errors.push('考核指标至少要有一个权重大于 0');
	}
	const a = plan.alerts;
	if (a?.jumpShare !== undefined && !(typeof a.jumpShare === 'number' && a.jumpShare > 0 && a.jumpShare <= 10)) errors.push('提醒的增幅比例应为大于0的数（如 0.2 即 20%）');
	if (a?.minIncrease !== undefined && !(Number.isInteger(a.minIncrease) && a.minIncrease >= 0)) errors.push('提醒的最小增加数应为不小于0的整数');
	return errors;
}
