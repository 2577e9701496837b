import { describe, expect, it } from 'vitest';
import { PRESETS } from './plan.ts';
import { planFormView, planFromForm } from './plan-form.ts';
import { planErrors } from './plan-validate.ts';

describe('the /admin/plan form', () => {
	const lyg = PRESETS.lianyungang;
	const fields = (plan = lyg): Map<string, string> => {
		const view = planFormView(plan);
		const m = new Map<string, string>();
		for (const t of view.targets) m.set(`target.${t.key}`, String(t.percent));
		m.set('amberBandPoints', String(view.amberBandPoints));
		for (const s of view.schedules) s.stages.forEach((st, n) => (m.set(`stage.${s.key}.${n}.from`, st.from), m.set(`stage.${s.key}.${n}.to`, st.to)));
		for (const i of view.indicators) (m.set(`indicator.${i.key}.weight`, String(i.weight)), m.set(`indicator.${i.key}.target`, i.targetPercent === null ? '' : String(i.targetPercent)));
		return m;
	};
	it('reads back the plan it shows unchanged (targets, stages, default 考核 weights)', () => {
		const m = fields();
		const plan = planFromForm(lyg, (k) => m.get(k) ?? null);
		expect(plan.targets).toEqual(lyg.targets);
		expect(plan.schedules).toEqual(lyg.schedules);
		expect(plan.scorecard!.indicators.find((i) => i.key === 'pension_coverage')).toEqual({ key: 'pension_coverage', weight: 25 });
		expect(planErrors(plan)).toEqual([]);
	});
	it('applies edits typed as percents (with ％ and full-width digits) and dates', () => {
		const m = fields();
		m.set('target.pension', '９５％');
		m.set('stage.general.3.to', '2016-11-15');
		m.set('indicator.registration_rate.target', '90');
		const plan = planFromForm(lyg, (k) => m.get(k) ?? null);
		expect(plan.targets.pension).toBe(0.95);
		expect(plan.schedules.general.stages[3]).toEqual({ name: '入户调查', from: '2016-05-01', to: '2016-11-15' });
		expect(plan.scorecard!.indicators.find((i) => i.key === 'registration_rate')!.target).toBe(0.9);
	});
	it('a blank target or a bad date is refused by validation, naming the field', () => {
		const m = fields();
		m.set('target.medical', '');
		m.set('stage.general.0.from', '2016-13-01');
		const errors = planErrors(planFromForm(lyg, (k) => m.get(k) ?? null));
		expect(errors).toEqual([
			'医疗保险目标应为 0 到 100% 之间的数（大于0），现为“未填写”',
			'阶段安排“全市（2016年2月启动）”第1个阶段“宣传发动”的开始日期“2016-13-01”不是有效日期（YYYY-MM-DD）'
		]);
	});
});
