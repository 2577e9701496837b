import type { Database } from '../db/database.ts';
import { DATA_QUALITY_RULES, type DataQualityKey } from '../../shared/insurances.ts';

/** The additive counts every metric of a region is derived from (see derive.ts). */
export interface RegionCounts {
	persons: number;
	registration: Record<RegistrationKey, number>;
	quality: Record<DataQualityKey, number>;
	/** insurance digit → 参保状态 code → persons rows */
	status: Record<string, Record<string, number>>;
	/** insurance digit → persons rows already summed by status class (preferred over `status` when given) */
	classes?: Record<string, StatusClassCounts>;
	/** insurance digit → expansion group → 应参未参 rows */
	groups: Record<string, Record<string, number>>;
	/** insurance digit → duplicate figures */
	duplicates: Record<string, DuplicateCounts>;
	hujiPopulation: number | null;
}

export const STATUS_CLASSES = [
	'insured_local',
	'insured_elsewhere',
	'uninsured_individual',
	'uninsured_unit',
	'interrupted',
	'excluded'
] as const;
export type StatusClassCounts = Record<(typeof STATUS_CLASSES)[number], number>;

export interface DuplicateCounts {
	enrolled: number;
	benefit: number;
	pairs: Record<string, number>;
	span: Record<string, number>;
}

export const REGISTRATION_KEYS = [
	'obtained',
	'direct',
	'direct_nonlocal',
	'confirmed_in_province',
	'confirmed_out_province',
	'to_verify',
	'verified'
] as const;
export type RegistrationKey = (typeof REGISTRATION_KEYS)[number];

export function emptyCounts(): RegionCounts {
	return {
		persons: 0,
		registration: Object.fromEntries(REGISTRATION_KEYS.map((k) => [k, 0])) as RegionCounts['registration'],
		quality: Object.fromEntries(DATA_QUALITY_RULES.map((r) => [r.key, 0])) as RegionCounts['quality'],
		status: {},
		groups: {},
		duplicates: {},
		hujiPopulation: null
	};
}

/**
 * Counts for the region `region` in snapshot `asOf`, keyed by child prefix of length `childLength`
 * (the region's own length gives one entry: the region itself). Four small queries over the
 * per-code aggregates; nothing here scans persons rows.
 */
export async function fetchCounts(db: Database, region: string, asOf: string, childLength: number): Promise<Map<string, RegionCounts>> {
	const params = { region, as_of: asOf, child_len: childLength };
	const [people, statuses, groups, duplicates, population] = await Promise.all([
		db.query<Record<string, number> & { child: string }>('metrics/region-counts', params),
		db.query<StatusClassCounts & { child: string; insurance: string }>('metrics/status-counts', params),
		db.query<Record<string, number> & { child: string; insurance: string }>('metrics/group-counts', params),
		db.query<{ child: string; insurance: string; kind: string; key: string; n: number }>('metrics/duplicate-counts', params),
		db.query<{ child: string; huji_population: number | null }>('metrics/population', params)
	]);
	const byChild = new Map<string, RegionCounts>();
	const entry = (child: string) => {
		let counts = byChild.get(child);
		if (!counts) byChild.set(child, (counts = emptyCounts()));
		return counts;
	};
	for (const row of people) {
		const c = entry(row.child);
		c.persons = row.persons;
		for (const key of REGISTRATION_KEYS) c.registration[key] = row[key];
		for (const rule of DATA_QUALITY_RULES) c.quality[rule.key] = row[rule.key];
	}
	for (const row of statuses) {
		const { child, insurance, ...classes } = row;
		(entry(child).classes ??= {})[insurance] = classes;
	}
	for (const row of groups) {
		const { child, insurance, ...byGroup } = row;
		entry(child).groups[insurance] = byGroup;
	}
	for (const row of duplicates) {
		const d = (entry(row.child).duplicates[row.insurance] ??= { enrolled: 0, benefit: 0, pairs: {}, span: {} });
		if (row.kind === 'enrolled') d.enrolled = row.n;
		else if (row.kind === 'benefit') d.benefit = row.n;
		else if (row.kind === 'pair') d.pairs[row.key] = row.n;
		else if (row.kind === 'span') d.span[row.key] = row.n;
	}
	for (const row of population) {
		if (row.huji_population !== null) entry(row.child).hujiPopulation = row.huji_population;
	}
	return byChild;
}

/**
 * `a + sign × b` for every additive count (persons, registration, data quality, status classes and
 * codes, groups, duplicates). Population is left as `a` has it: it is not a count of persons rows and
 * the 本级 row reads it apart (children.ts).
 */
export function combineCounts(a: RegionCounts, b: RegionCounts, sign: 1 | -1): RegionCounts {
	const out = emptyCounts();
	out.hujiPopulation = a.hujiPopulation;
	out.persons = a.persons + sign * b.persons;
	for (const key of REGISTRATION_KEYS) out.registration[key] = (a.registration[key] ?? 0) + sign * (b.registration[key] ?? 0);
	for (const rule of DATA_QUALITY_RULES) out.quality[rule.key] = (a.quality[rule.key] ?? 0) + sign * (b.quality[rule.key] ?? 0);
	const merge = (x: Record<string, number> | undefined, y: Record<string, number> | undefined) => {
		const r: Record<string, number> = { ...(x ?? {}) };
		for (const [k, v] of Object.entries(y ?? {})) r[k] = (r[k] ?? 0) + sign * v;
		return r;
	};
	for (const d of new Set([...Object.keys(a.status), ...Object.keys(b.status)])) out.status[d] = merge(a.status[d], b.status[d]);
	if (a.classes || b.classes) {
		out.classes = {};
		for (const d of new Set([...Object.keys(a.classes ?? {}), ...Object.keys(b.classes ?? {})])) {
			out.classes[d] = merge(a.classes?.[d], b.classes?.[d]) as StatusClassCounts;
			for (const c of STATUS_CLASSES) out.classes[d][c] ??= 0;
		}
	}
	for (const d of new Set([...Object.keys(a.groups), ...Object.keys(b.groups)])) out.groups[d] = merge(a.groups[d], b.groups[d]);
	for (const d of new Set([...Object.keys(a.duplicates), ...Object.keys(b.duplicates)])) {
		const x = a.duplicates[d];
		const y = b.duplicates[d];
		out.duplicates[d] = {
			enrolled: (x?.enrolled ?? 0) + sign * (y?.enrolled ?? 0),
			benefit: (x?.benefit ?? 0) + sign * (y?.benefit ?? 0),
			pairs: merge(x?.pairs, y?.pairs),
			span: merge(x?.span, y?.span)
		};
	}
	return out;
}

/** True when some count is non-zero (or a population figure is given). */
export function hasAnyCount(c: RegionCounts): boolean {
	const nonZero = (r: Record<string, number> | undefined) => Object.values(r ?? {}).some((v) => v !== 0);
	return (
		c.persons !== 0 ||
		c.hujiPopulation !== null ||
		nonZero(c.registration) ||
		nonZero(c.quality) ||
		Object.values(c.status).some(nonZero) ||
		Object.values(c.classes ?? {}).some(nonZero) ||
		Object.values(c.groups).some(nonZero) ||
		Object.values(c.duplicates).some((d) => d.enrolled !== 0 || d.benefit !== 0 || nonZero(d.pairs) || nonZero(d.span))
	);
}
