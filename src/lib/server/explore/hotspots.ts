import type { Database } from '../db/database.ts';
import { emptyCounts, type RegionCounts, type StatusClassCounts } from '../metrics/counts.ts';
import { coverageOf } from '../metrics/derive.ts';
import { regionWithChildren } from '../metrics/regions.ts';
import type { Insurance } from '../../shared/insurances.ts';

/** One child region's 应参未参 figures (METRICS.md "Coverage": i.uninsured and its three parts, i.eligible). */
export interface HotspotRow {
	code: string;
	name: string | null;
	uninsured: number;
	uninsured_individual: number;
	uninsured_unit: number;
	interrupted: number;
	eligible: number;
	/** uninsured / eligible (1 − i.coverage); null when eligible = 0 */
	rate: number | null;
	hasChildren: boolean;
}

export type HotspotSort = 'count' | 'rate';

/** The child regions of `region` with their 应参未参 figures, from the per-code aggregates. */
export async function hotspotRows(db: Database, region: string, asOf: string, insurance: Insurance): Promise<HotspotRow[]> {
	const { children, childLength } = await regionWithChildren(db, region, asOf);
	if (childLength === null) return [];
	// one query over agg_status (the engine's status-counts.sql), not the whole fetchCounts
	const rows = await db.query<StatusClassCounts & { child: string; insurance: string }>('metrics/status-counts', {
		region,
		as_of: asOf,
		child_len: childLength
	});
	const counts = new Map<string, RegionCounts>();
	for (const { child, insurance: digit, ...classes } of rows) {
		if (digit !== insurance.digit) continue;
		counts.set(child, { ...emptyCounts(), classes: { [digit]: classes } });
	}
	return children.map((child) => {
		const c = coverageOf(counts.get(child.code) ?? emptyCounts(), insurance);
		return {
			code: child.code,
			name: child.name,
			uninsured: c.uninsured,
			uninsured_individual: c.uninsured_individual,
			uninsured_unit: c.uninsured_unit,
			interrupted: c.interrupted,
			eligible: c.eligible,
			rate: c.eligible === 0 ? null : c.uninsured / c.eligible,
			hasChildren: child.code.length < 12
		};
	});
}

/** Ranked by count or by rate, worst first; rows without a rate go last; ties keep code order. */
export function rankHotspots(rows: HotspotRow[], sort: HotspotSort): (HotspotRow & { rank: number | null })[] {
	const value = (r: HotspotRow) => (sort === 'count' ? r.uninsured : r.rate);
	const sorted = [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === null || vb === null) return va === null ? (vb === null ? a.code.localeCompare(b.code) : 1) : -1;
		return vb - va || a.code.localeCompare(b.code);
	});
	let previous: number | null = null;
	let rank = 0;
	return sorted.map((row, i) => {
		const v = value(row);
		if (v === null) return { ...row, rank: null };
		if (v !== previous) rank = i + 1;
		previous = v;
		return { ...row, rank };
	});
}

export type EmployerRow = {
	code: string;
	aab001: string;
	name: string | null;
	unit_type: string | null;
	headcount: number | null;
	persons: number;
	insured: number;
	uninsured: number;
	unit_not_enrolled: number;
	shortfall: number | null;
};

export type EmployerOrder = 'unit_not_enrolled' | 'shortfall';

export async function employerPage(
	db: Database,
	q: { region: string; asOf: string; insurance: string; order: EmployerOrder; limit: number; offset: number }
): Promise<{ rows: EmployerRow[]; matching: number }> {
	const rows = await db.query<EmployerRow & { matching: number }>('hotspots/employers', {
		region: q.region,
		as_of: q.asOf,
		insurance: q.insurance,
		order: q.order,
		limit: q.limit,
		offset: q.offset
	});
	return { rows: rows.map(({ matching: _, ...row }) => row), matching: rows[0]?.matching ?? 0 };
}
