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
