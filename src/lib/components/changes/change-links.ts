import { figureCell } from './matrix-grid.ts';
import { CLASS_LABELS, type ChangeClass } from '../../shared/changes.ts';

/** The query keys of the changes page that pick one list: `cell` (a>b) and `in` (a child code or 'own'). */
export const LIST_KEYS = ['cell', 'in'];

/** The list a figure of a child row opens, as URL changes (null when the figure is not one cell). */
export function figureList(area: string, figure: string): Record<string, string> | null {
	const cell = figureCell(figure);
	return cell ? { cell, in: area } : null;
}

/** "应参未参 → 已参保", "（任意）→ 不在库" for a cell of the URL. */
export function cellTitle(cell: string): string {
	const [a, b] = cell.split('>');
	const label = (c: string) => (c === '*' ? '任意' : (CLASS_LABELS[c as ChangeClass] ?? c));
	return `上期${label(a)} → 本期${label(b)}`;
}
