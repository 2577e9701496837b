import { count, people, percent } from '$lib/shared/format.ts';

/**
 * The one children table (issue 13: "one table component for the hand-written tables"): columns are
 * data — key, label, alignment, number format, an optional per-cell link — and RegionTable.svelte
 * draws the reference rows, the 本级 row (`tr.own`, src/lib/shared/own-row.ts) and the total row.
 */
export type CellFormat = 'count' | 'people' | 'percent' | 'text';

/** One cell's value: a figure, a text, or a suppressed count ("<5", "*"). */
export type CellValue = number | string | null | undefined;

export interface TableColumn<R> {
	key: string;
	label: string;
	/** the header's tooltip */
	title?: string;
	/** 'right' for figures (the default unless `format` is 'text') */
	align?: 'left' | 'right';
	format?: CellFormat;
	/** the cell's value; default `row[key]` */
	value?: (row: R) => CellValue;
	/** a link for the cell (null: plain text) */
	href?: (row: R) => string | null;
	/** highlighted column (the one the rows are sorted by) */
	on?: boolean;
	/** extra class of a cell, e.g. 'bad' for a non-zero count */
	cellClass?: (row: R) => string | undefined;
	/** the cell's `data-field` / `data-col` (tests and styles address cells by them) */
	field?: string;
	col?: string;
	/** the `data-testid` of this column's cell in the total row */
	totalTestid?: string;
	/** drawn by the table's `cell` snippet instead of the format (e.g. a progress bar) */
	custom?: boolean;
}

/** A cell's text in its column's format; suppressed counts ("<5", "*") and texts as they are. */
export function formatCell(value: CellValue, format: CellFormat = 'count'): string {
	if (value === null || value === undefined) return '—';
	if (typeof value === 'string') return value;
	if (format === 'percent') return percent(value);
	if (format === 'people') return people(value);
	if (format === 'text') return String(value);
	return count(value);
}

/** The value of `column` in `row`. */
export function cellValue<R>(column: TableColumn<R>, row: R): CellValue {
	if (column.value) return column.value(row);
	return (row as Record<string, CellValue>)[column.key];
}

export function alignOf<R>(column: TableColumn<R>): 'left' | 'right' {
	return column.align ?? (column.format === 'text' ? 'left' : 'right');
}

/** Tables longer than this keep their header in view (a scroll box of at most 75vh). */
export const STICKY_ROWS = 20;
