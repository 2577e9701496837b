import { DATA_QUALITY_RULES, DUPLICATE_SPANS, EXPANSION_GROUPS, INSURANCES, type Insurance } from '../../shared/insurances.ts';
import type { Plan } from '../plan/plan.ts';
import type { RegionCounts } from './counts.ts';
import { gapToTarget, statusColour } from './exact.ts';

export type MetricValue = number | string | null | Record<string, number>;
export type Metrics = Record<string, MetricValue>;

/** Progress figures that need other snapshots (metrics.ts computes them). */
export interface Progress {
	coverageDelta: Record<string, number | null>;
	projection: Record<string, string | null>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const sum = (counts: Record<string, number> | undefined, codes: readonly string[]) =>
	codes.reduce((total, code) => total + (counts?.[code] ?? 0), 0);

export interface Coverage {
	insured_local: number;
	insured_elsewhere: number;
	insured: number;
	uninsured: number;
	uninsured_individual: number;
	uninsured_unit: number;
	interrupted: number;
	excluded: number;
	eligible: number;
	coverage: number | null;
}

/** docs/spec/METRICS.md "Coverage" for one insurance, from persons rows per status class (or per status code). */
export function coverageOf(counts: RegionCounts, insurance: Insurance): Coverage {
	const status = counts.status[insurance.digit];
	const classes = counts.classes?.[insurance.digit];
	const insured_local = classes?.insured_local ?? sum(status, insurance.enrolled);
	const insured_elsewhere = classes?.insured_elsewhere ?? sum(status, ['81', '82']);
	const uninsured_individual = classes?.uninsured_individual ?? sum(status, ['91']);
	const uninsured_unit = classes?.uninsured_unit ?? sum(status, ['92']);
	const interrupted = classes?.interrupted ?? sum(status, ['94']);
	const insured = insured_local + insured_elsewhere;
	const uninsured = uninsured_individual + uninsured_unit + interrupted;
	const eligible = insured + uninsured;
	return {
		insured_local,
		insured_elsewhere,
		insured,
		uninsured,
		uninsured_individual,
		uninsured_unit,
		interrupted,
		excluded: classes?.excluded ?? sum(status, ['93', '95']),
		eligible,
		coverage: ratio(insured, eligible)
	};
}

/** Every docs/spec/METRICS.md figure of one region and snapshot, flattened with dots as docs/spec/INTERFACE.md prints them. */
export function deriveMetrics(counts: RegionCounts, plan: Plan, progress?: Progress): Metrics {
	const r = counts.registration;
	const registered = r.direct - r.direct_nonlocal + r.confirmed_in_province + r.confirmed_out_province + r.verified;
	const m: Metrics = {
		huji_population: counts.hujiPopulation,
		...r,
		registered,
		registration_rate: ratio(registered, r.obtained),
		verification_rate: ratio(r.verified, r.to_verify)
	};
	for (const insurance of INSURANCES) {
		const k = insurance.key;
		const c = coverageOf(counts, insurance);
		const target = plan.targets[k];
		for (const [name, value] of Object.entries(c)) m[`${k}.${name}`] = value;
		m[`${k}.gap_to_target`] = gapToTarget(c.insured, c.eligible, target);
		const d = counts.duplicates[insurance.digit];
		m[`${k}.duplicate_enrolled`] = d?.enrolled ?? 0;
		m[`${k}.duplicate_benefit`] = d?.benefit ?? 0;
		m[`${k}.duplicate_pairs`] = { ...(d?.pairs ?? {}) };
		m[`${k}.duplicate_span`] = Object.fromEntries(DUPLICATE_SPANS.map((s) => [s, d?.span[s] ?? 0]));
		m[`${k}.groups`] = Object.fromEntries(EXPANSION_GROUPS.map((g) => [g.key, counts.groups[insurance.digit]?.[g.key] ?? 0]));
		m[`${k}.coverage_delta`] = progress?.coverageDelta[k] ?? null;
		m[`${k}.projection`] = progress?.projection[k] ?? null;
		m[`${k}.status`] = statusColour(c.insured, c.eligible, target, plan.amberBandPoints);
	}
	for (const rule of DATA_QUALITY_RULES) m[rule.key] = counts.quality[rule.key];
	return m;
}
