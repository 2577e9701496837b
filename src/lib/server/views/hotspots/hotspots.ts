import type { Database } from '../../db/database.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { coverageOf } from '../../metrics/derive.ts';
import { ownLabel, regionParts } from '../../metrics/children.ts';
import { competitionRanks } from '../../metrics/ranking.ts';
import type { Insurance } from '../../../shared/insurances.ts';
import type { HotspotRow, HotspotSort, EmployerRow, EmployerOrder } from '../../../shared/view-rows.ts';
export type { HotspotRow, HotspotSort, EmployerRow, EmployerOrder };



function hotspotOf(code: string, name: string | null, counts: RegionCounts, insurance: Insurance): HotspotRow {
	const c = coverageOf(counts, insurance);
	return {
		code,
		name,
		uninsured: c.uninsured,
		uninsured_individual: c.uninsured_individual,
		uninsured_unit: c.uninsured_unit,
		interrupted: c.interrupted,
		eligible: c.eligible,
		rate: c.eligible === 0 ? null : c.uninsured / c.eligible,
		hasChildren: code.length < 12
	};
}

/** The reference children of `region` with their 应参未参 figures, and the 本级 row (null when nothing lies there), from the engine's per-child primitive. */
export async function hotspotRows(db: Database, region: string, asOf: string, insurance: Insurance): Promise<{ rows: HotspotRow[]; own: HotspotRow | null }> {
	const parts = await regionParts(db, region, asOf);
	if (parts.length === null) return { rows: [], own: null };
	return {
		rows: parts.children.map((child) => hotspotOf(child.code, child.name, child.counts, insurance)),
		own: parts.own.hasData ? { ...hotspotOf(region, ownLabel(parts.region), parts.own.counts, insurance), hasChildren: false } : null
	};
}

/** Ranked by count or by rate, worst first (the competition rank core); rows without a rate go last; ties keep code order. */
export function rankHotspots(rows: HotspotRow[], sort: HotspotSort): (HotspotRow & { rank: number | null })[] {
	const value = (r: HotspotRow) => (sort === 'count' ? r.uninsured : r.rate);
	const ranks = competitionRanks(rows.map(value), true);
	return rows
		.map((row, i) => ({ ...row, rank: ranks[i] }))
		.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}



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
