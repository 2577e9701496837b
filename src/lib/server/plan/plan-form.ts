import { INSURANCES } from '../../shared/insurances.ts';
import { DEFAULT_SCORECARD, INDICATORS } from '../views/score/indicators.ts';
import type { Plan } from './plan.ts';

import type { PlanFormView } from '../../shared/plan-form.ts';

export type { PlanFormView };

const pct = (share: number) => Math.round(share * 10000) / 100;

export function planFormView(plan: Plan): PlanFormView {
	const config = plan.scorecard ?? DEFAULT_SCORECARD;
	return {
		name: plan.name,
		preset: plan.preset ?? null,
		targets: INSURANCES.map((i) => ({ key: i.key, label: i.label, percent: pct(plan.targets[i.key]) })),
		amberBandPoints: plan.amberBandPoints,
		schedules: Object.entries(plan.schedules).map(([key, s]) => ({ key, name: s.name, stages: s.stages.map((st) => ({ ...st })) })),
		indicators: INDICATORS.map((d) => {
			const c = config.indicators.find((i) => i.key === d.key);
			return { key: d.key, label: d.label, weight: c?.weight ?? 0, targetPercent: c?.target === undefined ? null : pct(c.target) };
		})
	};
}

/** A number typed in the form ('' → NaN so validation names it); accepts full-width digits and a trailing %. */
function numberOf(raw: string | null): number {
	const text = (raw ?? '').trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[%％]$/, '');
	return text === '' ? NaN : Number(text);
}

/**
 * The plan with the form's edits applied to `base`: targets (percent), amber band, every stage's
 * dates, the 考核 weights and targets (percent; blank target: the indicator's default). Validation is
 * planErrors' job; this only reads what was typed.
 */
export function planFromForm(base: Plan, get: (name: string) => string | null): Plan {
	const targets = { ...base.targets };
	for (const i of INSURANCES) targets[i.key] = numberOf(get(`target.${i.key}`)) / 100;
	const schedules: Plan['schedules'] = {};
	for (const [key, s] of Object.entries(base.schedules)) {
		schedules[key] = {
			...s,
			stages: s.stages.map((st, n) => ({
				name: st.name,
				from: (get(`stage.${key}.${n}.from`) ?? st.from).trim(),
				to: (get(`stage.${key}.${n}.to`) ?? st.to).trim()
			}))
		};
	}
	const indicators = INDICATORS.map((d) => {
		const target = (get(`indicator.${d.key}.target`) ?? '').trim();
		return { key: d.key, weight: numberOf(get(`indicator.${d.key}.weight`)), ...(target ? { target: numberOf(target) / 100 } : {}) };
	});
	return { ...base, targets, amberBandPoints: numberOf(get('amberBandPoints')), schedules, scorecard: { indicators } };
}
