import { describe, expect, it } from 'vitest';
import { figureCell, matrixGrid } from './matrix-grid.ts';

describe('matrixGrid', () => {
	it('lays every class out both ways with row and column totals', () => {
		const g = matrixGrid({ 'uninsured>insured': 3, 'insured>uninsured': 1, 'absent>uninsured': 2, 'insured>absent': 4 });
		expect(g.classes).toEqual(['insured', 'uninsured', 'excluded', 'other', 'absent']);
		const row = (a: string) => g.cells.find((c) => c.a === a)!;
		expect(row('uninsured').values.map((v) => v.n)).toEqual([3, 0, 0, 0, 0]);
		expect(row('insured').total).toBe(5);
		expect(row('absent').total).toBe(2);
		// column uninsured: 1 (from insured) + 2 (from absent)
		expect(g.columnTotals).toEqual([3, 3, 0, 0, 4]);
		expect(g.total).toBe(10);
	});

	it('names the cell of each single-cell figure', () => {
		expect(figureCell('newly_insured')).toBe('uninsured>insured');
		expect(figureCell('left')).toBe('*>absent');
		expect(figureCell('duplicates_new')).toBeNull();
	});
});
