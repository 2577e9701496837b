import { CHANGE_CLASSES, type ChangeClass } from '../../shared/changes.ts';

/** The transition matrix laid out as a table: classes in A down, classes in B across, with totals. */
export interface MatrixGrid {
	classes: ChangeClass[];
	cells: { a: ChangeClass; values: { b: ChangeClass; n: number }[]; total: number }[];
	columnTotals: number[];
	total: number;
}

/**
 * Every class appears in both directions (a class nobody has shows zeros, so the table's shape never
 * changes between regions); `absent>absent` is never a cell (0, no link).
 */
export function matrixGrid(matrix: Record<string, number>): MatrixGrid {
	const classes = [...CHANGE_CLASSES];
	const cells = classes.map((a) => {
		const values = classes.map((b) => ({ b, n: matrix[`${a}>${b}`] ?? 0 }));
		return { a, values, total: values.reduce((s, v) => s + v.n, 0) };
	});
	const columnTotals = classes.map((_, j) => cells.reduce((s, row) => s + row.values[j].n, 0));
	return { classes, cells, columnTotals, total: columnTotals.reduce((s, n) => s + n, 0) };
}

/** The matrix cell a named figure is (null for figures that are not one cell: duplicates, unmatched). */
export function figureCell(key: string): string | null {
	const cells: Record<string, string> = {
		newly_insured: 'uninsured>insured',
		lapsed: 'insured>uninsured',
		still_uninsured: 'uninsured>uninsured',
		new_uninsured: 'absent>uninsured',
		left: '*>absent'
	};
	return cells[key] ?? null;
}
