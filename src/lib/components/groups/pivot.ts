import type { Count } from '$lib/shared/suppression.ts';

/**
 * The planner's cross-tab, pivoted in the browser over the long-format aggregate the
 * server sent (cells already suppressed: "<5", and "*" where a total would give a "<5" away:
 * src/lib/shared/suppression.ts). `swapped` turns rows into columns and back without a round trip.
 * Margins come from the server (suppressed the same way); nothing here recomputes a figure. Plain
 * maps, not Arquero: Arquero compiles its expressions with `new Function`, which the strict CSP
 * (no 'unsafe-eval', issue 14 finding 13) refuses.
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
	if (data.cells.length === 0) return { columns: colAxis, rows: [], total: data.total };
	const byRow = new Map<string, Map<string, Count>>();
	for (const cell of data.cells) {
		const [row, col] = swapped ? [cell.c, cell.r] : [cell.r, cell.c];
		if (!byRow.has(row)) byRow.set(row, new Map());
		byRow.get(row)!.set(col, cell.n);
	}
	return {
		columns: colAxis,
		rows: rowAxis.map((axis) => {
			const found = byRow.get(axis.key);
			return { ...axis, values: colAxis.map((c) => found?.get(c.key) ?? null) };
		}),
		total: data.total
	};
}
