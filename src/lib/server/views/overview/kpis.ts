import type { Metrics } from '../../metrics/derive.ts';
import type { StatusColour } from '../../metrics/exact.ts';
import type { Plan } from '../../plan/plan.ts';
import { INSURANCES, type InsuranceKey } from '../../../shared/insurances.ts';
import { pointsChange } from '../shared/region-figures.ts';
import type { Kpi } from '../../../shared/view-rows.ts';
export type { Kpi };


const num = (m: Metrics | null, key: string): number | null => {
	const v = m?.[key];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

export function buildKpis(current: Metrics, previous: Metrics | null, insurance: InsuranceKey, plan: Plan): Kpi[] {
	const rate = (key: string, label: string, target: number | null = null, status: StatusColour | null = null): Kpi => ({
		key,
		label,
		kind: 'rate',
		value: num(current, key),
		change: pointsChange(num(current, key), num(previous, key)),
		higherIsBetter: true,
		target,
		status
	});
	const people = (key: string, label: string): Kpi => {
		const now = num(current, key);
		const before = num(previous, key);
		return { key, label, kind: 'count', value: now, change: now === null || before === null ? null : now - before, higherIsBetter: false, target: null, status: null };
	};
	const coverage = (k: InsuranceKey) => {
		const label = INSURANCES.find((i) => i.key === k)!.label;
		return rate(`${k}.coverage`, `${label.replace('保险', '')}参保率`, plan.targets[k], (current[`${k}.status`] as StatusColour | null) ?? null);
	};
	const chosen = INSURANCES.find((i) => i.key === insurance)!.label.replace('保险', '');
	const coverages = (['pension', 'medical'] as InsuranceKey[]).includes(insurance) ? ['pension', 'medical'] : ['pension', 'medical', insurance];
	return [
		rate('registration_rate', '全民参保登记率'),
		...coverages.map((k) => coverage(k as InsuranceKey)),
		people(`${insurance}.gap_to_target`, `${chosen}距目标还差`),
		people(`${insurance}.uninsured`, `${chosen}应参未参人数`),
		people(`${insurance}.duplicate_enrolled`, `${chosen}重复参保人数`),
		rate('verification_rate', '入户调查核实进度')
	];
}
