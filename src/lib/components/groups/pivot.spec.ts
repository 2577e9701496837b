import { describe, expect, it } from 'vitest';
import { pivot, type CrossTabData } from './pivot.ts';

const data: CrossTabData = {
	rowAxis: [
		{ key: '5201', label: '贵阳市', total: 15 },
		{ key: '5203', label: '遵义市', total: 7 }
	],
	colAxis: [
		{ key: '1', label: '男性', total: 12 },
		{ key: '2', label: '女性', total: 10 }
	],
	cells: [
		{ r: '5201', c: '1', n: 12 },
		{ r: '5201', c: '2', n: '<5' },
		{ r: '5203', c: '2', n: 7 }
	],
	total: 22
};

describe('pivot', () => {
	it('puts the row dimension down the side and the column dimension across', () => {
		const t = pivot(data, false);
		expect(t.columns.map((c) => c.label)).toEqual(['男性', '女性']);
		expect(t.rows.map((r) => [r.label, ...r.values, r.total])).toEqual([
			['贵阳市', 12, '<5', 15],
			['遵义市', null, 7, 7]
		]);
	});

	it('swaps rows and columns', () => {
		const t = pivot(data, true);
		expect(t.columns.map((c) => c.label)).toEqual(['贵阳市', '遵义市']);
		expect(t.rows.map((r) => [r.label, ...r.values, r.total])).toEqual([
			['男性', 12, null, 12],
			['女性', '<5', 7, 10]
		]);
		expect(t.total).toBe(22);
	});

	it('handles an empty cross-tab', () => {
		expect(pivot({ ...data, cells: [], rowAxis: [] }, false).rows).toEqual([]);
	});
});
