import { from } from 'arquero';
import type { Count } from '$lib/shared/suppression.ts';

/**
 * The planner's cross-tab, pivoted in the browser with Arquero over the long-format aggregate the
 * server sent (cells already suppressed: "<5", and "*" where a total would give a "<5" away:
 * src/lib/shared/suppression.ts). `swapped` turns rows into columns and back without a round trip.
 * Margins come from the server (suppressed the same way); nothing here recomputes a figure.
 */
export type { Count };

export interface CrossTabData {
	rowAxis: { key: string; label: string; total: Count }[];
	colAxis: { key: string; label: string; total: Count }[];
	cells: { r: string; c: string; n: Count }[];
	total: Count;
}

export interface PivotTable {
	columns: { key: string; label: string; total: Count }[];
	rows: { key: string; label: string; total: Count; values: (Count | null)[] }[];
	total: Count;
}

export function pivot(data: CrossTabData, swapped: boolean): PivotTable {
	const rowAxis = swapped ? data.colAxis : data.rowAxis;
	const colAxis = swapped ? data.rowAxis : data.colAxis;
	const long = data.cells.map((cell) => ({ row: swapped ? cell.c : cell.r, col: `c:${swapped ? cell.r : cell.c}`, n: cell.n }));
	if (long.length === 0) return { columns: colAxis, rows: [], total: data.total };
	const wide = from(long).groupby('row').pivot('col', 'n').objects() as Record<string, Count | undefined>[];
	const byRow = new Map(wide.map((w) => [String(w.row), w]));
	return {
		columns: colAxis,
		rows: rowAxis.map((axis) => {
			const found = byRow.get(axis.key);
			return { ...axis, values: colAxis.map((c) => found?.[`c:${c.key}`] ?? null) };
		}),
		total: data.total
	};
}
