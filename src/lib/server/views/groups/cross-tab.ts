import type { Database } from '../../db/database.ts';
import { suppressTable, type Count } from '../../../shared/suppression.ts';
import { AGE_BANDS, DIMENSIONS, FILTER_DIMENSIONS, type DimensionKey } from './dimensions.ts';

/** One cell of the long-format cross-tab the browser pivots (n already suppressed for the role). */
export interface CrossTabCell {
	r: string;
	c: string;
	n: Count;
}

export interface CrossTabAxis {
	key: string;
	label: string;
	total: Count;
}

export interface CrossTab {
	rows: DimensionKey;
	cols: DimensionKey;
	rowAxis: CrossTabAxis[];
	colAxis: CrossTabAxis[];
	cells: CrossTabCell[];
	total: Count;
}

export interface CrossTabQuery {
	region: string;
	asOf: string;
	insurance: string;
	group: string;
	rows: DimensionKey;
	cols: DimensionKey;
	filters: Partial<Record<DimensionKey, string>>;
	childLength: number;
	/** > 0: only the region's 本级 rows (bound as $own_len) */
	ownLength?: number;
}

/** Labels of coded values: field → code → name, and region code → name. */
export interface Labels {
	codes: Map<string, Map<string, string>>;
	/** the reference children of the region (the rows of a region cut), code → name */
	regions: Map<string, string | null>;
	scope: string;
	/** "<region>本级": the label of the 本级 row of a region cut (docs/spec/METRICS.md) */
	own?: string;
}

const MISSING_KEY = '';
/** The key of the 本级 row in a region cut: every code that reaches no reference child. */
export const OWN_KEY = 'own';

/**
 * A region cut lists the reference children plus the 本级 row (docs/spec/METRICS.md "The quarterly report"): a
 * child prefix without a reference name (520302000), or a code shorter than the child level (the region
 * itself, e.g. blank AAB301 at the scope), is counted in the 本级 row, never as a row of its own.
 */
export function placeRegionKeys(
	counts: { r: string | null; c: string | null; n: number }[],
	q: Pick<CrossTabQuery, 'rows' | 'cols'>,
	reference: Map<string, string | null>
): { r: string | null; c: string | null; n: number }[] {
	if (q.rows !== 'region' && q.cols !== 'region') return counts;
	const place = (key: string | null) => (key !== null && reference.has(key) ? key : OWN_KEY);
	const merged = new Map<string, { r: string | null; c: string | null; n: number }>();
	for (const row of counts) {
		const r = q.rows === 'region' ? place(row.r) : row.r;
		const c = q.cols === 'region' ? place(row.c) : row.c;
		const key = JSON.stringify([r, c]);
		const cell = merged.get(key);
		if (cell) cell.n += row.n;
		else merged.set(key, { r, c, n: row.n });
	}
	return [...merged.values()];
}

/** The label shown for `code` of dimension `dim` ("未填" when the value is missing). */
export function labelOf(dim: DimensionKey, code: string, labels: Labels): string {
	if (code === MISSING_KEY) return '未填';
	if (dim === 'region') {
		if (code === OWN_KEY) return labels.own ?? '本级';
		return labels.regions.get(code) ?? code;
	}
	if (dim === 'age_band') return code === '60+' ? '60岁以上' : `${code}岁`;
	const field = DIMENSIONS.find((d) => d.key === dim)?.field;
	return (field && labels.codes.get(field)?.get(code)) || code;
}

function axisOrder(dim: DimensionKey, a: string, b: string): number {
	if (a === MISSING_KEY || b === MISSING_KEY) return a === MISSING_KEY ? 1 : -1;
	if (dim === 'region' && (a === OWN_KEY || b === OWN_KEY)) return a === OWN_KEY ? 1 : -1;
	if (dim === 'age_band') return AGE_BANDS.indexOf(a) - AGE_BANDS.indexOf(b);
	return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Assembles the long-format cells, both margins and the total from the grouped counts, then applies
 * small-cell suppression (fewer than 5 → "<5", and "*" where a total would give one away:
 * src/lib/shared/suppression.ts) for roles without person-level access. Margins are summed before
 * suppression, so they are the true counts.
 */
export function assembleCrossTab(
	counts: { r: string | null; c: string | null; n: number }[],
	q: Pick<CrossTabQuery, 'rows' | 'cols'>,
	labels: Labels,
	personAccess: boolean
): CrossTab {
	const rowTotals = new Map<string, number>();
	const colTotals = new Map<string, number>();
	let total = 0;
	const raw: { r: string; c: string; n: number }[] = [];
	for (const row of placeRegionKeys(counts, q, labels.regions)) {
		const r = row.r ?? MISSING_KEY;
		const c = row.c ?? MISSING_KEY;
		rowTotals.set(r, (rowTotals.get(r) ?? 0) + row.n);
		colTotals.set(c, (colTotals.get(c) ?? 0) + row.n);
		total += row.n;
		raw.push({ r, c, n: row.n });
	}
	const shown = suppressTable({ cells: raw, rowTotals, colTotals, total }, personAccess);
	const cells: CrossTabCell[] = raw.map((cell, i) => ({ r: cell.r, c: cell.c, n: shown.cells[i] }));
	const axis = (dim: DimensionKey, totals: Map<string, Count>): CrossTabAxis[] =>
		[...totals.keys()]
			.sort((a, b) => axisOrder(dim, a, b))
			.map((key) => ({ key, label: labelOf(dim, key, labels), total: totals.get(key) ?? 0 }));
	return {
		rows: q.rows,
		cols: q.cols,
		rowAxis: axis(q.rows, shown.rowTotals),
		colAxis: axis(q.cols, shown.colTotals),
		cells,
		total: shown.total
	};
}

/** Bound parameters of queries/explore/cross-tab.sql. */
export function crossTabParams(q: CrossTabQuery): Record<string, string | number> {
	const params: Record<string, string | number> = {
		region: q.region,
		as_of: q.asOf,
		insurance: q.insurance,
		group: q.group,
		rows: q.rows,
		cols: q.cols,
		child_len: q.childLength,
		own_len: q.ownLength ?? 0
	};
	for (const key of FILTER_DIMENSIONS) params[key] = q.filters[key] ?? '';
	return params;
}

/**
 * The grouped counts of the cross-tab: from the planner cube (agg_cube) down to a county; for a township
 * or a village from its persons rows (the cube stops at townships), so its region cut lists villages.
 */
export async function crossTabCounts(db: Database, q: CrossTabQuery): Promise<{ r: string | null; c: string | null; n: number }[]> {
	return db.query(q.region.length >= 9 ? 'explore/cross-tab-villages' : 'explore/cross-tab', crossTabParams(q));
}
