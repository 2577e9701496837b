import { describe, expect, it } from 'vitest';
import { alignOf, cellValue, formatCell, type TableColumn } from './columns.ts';

describe('table columns as data', () => {
	it('formats counts, rates and texts, and shows a missing figure as —', () => {
		expect(formatCell(12345)).toBe('12,345');
		expect(formatCell(0.1234, 'percent')).toBe('12.3%');
		expect(formatCell('<5')).toBe('<5');
		expect(formatCell(null)).toBe('—');
		expect(formatCell(7, 'text')).toBe('7');
	});

	it('reads a value by key or by its accessor, and aligns figures right', () => {
		const row = { code: '52', n: 3, span: { cross: 2 } };
		const byKey: TableColumn<typeof row> = { key: 'n', label: 'n' };
		const byFn: TableColumn<typeof row> = { key: 'cross', label: '跨县', value: (r) => r.span.cross };
		expect(cellValue(byKey, row)).toBe(3);
		expect(cellValue(byFn, row)).toBe(2);
		expect(alignOf(byKey)).toBe('right');
		expect(alignOf({ key: 'x', label: 'x', format: 'text' })).toBe('left');
	});
});
