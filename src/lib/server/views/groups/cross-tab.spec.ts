import { describe, expect, it } from 'vitest';
import { assembleCrossTab, crossTabParams, labelOf, type Labels } from './cross-tab.ts';

const labels: Labels = {
	codes: new Map([['AAC004', new Map([['1', '男性'], ['2', '女性']])]]),
	regions: new Map([['5201', '贵阳市'], ['5203', '遵义市']]),
	scope: '52',
	own: '贵州省本级'
};

describe('cross-tab assembly', () => {
	const counts = [
		{ r: '5203', c: '2', n: 7 },
		{ r: '5201', c: '1', n: 12 },
		{ r: '5201', c: '2', n: 3 },
		{ r: '52', c: '1', n: 1 }
	];

	it('sums both margins before suppressing, and orders the axes', () => {
		const tab = assembleCrossTab(counts, { rows: 'region', cols: 'sex' }, labels, true);
		expect(tab.rowAxis.map((a) => [a.key, a.label, a.total])).toEqual([
			['5201', '贵阳市', 15],
			['5203', '遵义市', 7],
			['own', '贵州省本级', 1]
		]);
		expect(tab.colAxis.map((a) => [a.label, a.total])).toEqual([
			['男性', 13],
			['女性', 10]
		]);
		expect(tab.total).toBe(23);
		expect(tab.cells).toContainEqual({ r: '5201', c: '2', n: 3 });
	});

	it('shows cells under 5 as "<5" to roles without person-level access, and hides what would give them away', () => {
		const tab = assembleCrossTab(counts, { rows: 'region', cols: 'sex' }, labels, false);
		expect(tab.cells).toContainEqual({ r: '5201', c: '2', n: '<5' });
		expect(tab.rowAxis.find((a) => a.key === 'own')?.total).toBe('<5');
		// by hand (src/lib/shared/suppression.ts): row 5201 hides its 12, column 女性 its 7 (10 − 7 gave the 3 away),
		// and the row totals hide 遵义市's 7 (23 − 15 − 7 gave the 1 away); column totals stay
		expect(tab.cells).toContainEqual({ r: '5201', c: '1', n: '*' });
		expect(tab.cells).toContainEqual({ r: '5203', c: '2', n: '*' });
		expect(tab.rowAxis.map((a) => a.total)).toEqual([15, '*', '<5']);
		expect(tab.colAxis.map((a) => a.total)).toEqual([13, 10]);
		expect(tab.total).toBe(23);
	});

	it('labels age bands, unknown township codes and unlisted codes', () => {
		expect(labelOf('age_band', '60+', labels)).toBe('60岁以上');
		expect(labelOf('age_band', '16-29', labels)).toBe('16-29岁');
		expect(labelOf('region', 'own', labels)).toBe('贵州省本级');
		expect(labelOf('sex', '7', labels)).toBe('7');
	});

	it('puts codes without a reference name and codes shorter than the child level in one 本级 row, never a row of their own', () => {
		const tab = assembleCrossTab(
			[
				{ r: '5201', c: '1', n: 4 },
				{ r: '5299', c: '1', n: 2 }, // no reference name
				{ r: '52', c: '1', n: 3 }, //   blank AAB301 at the scope
				{ r: '52', c: '2', n: 1 }
			],
			{ rows: 'region', cols: 'sex' },
			labels,
			true
		);
		expect(tab.rowAxis.map((a) => [a.key, a.total])).toEqual([['5201', 4], ['own', 6]]);
		expect(tab.cells).toContainEqual({ r: 'own', c: '1', n: 5 });
		// rows + 本级 = total
		expect(tab.total).toBe(10);
	});

	it('binds every filter, blank when not chosen', () => {
		const params = crossTabParams({
			region: '52', asOf: '2016-12-31', insurance: '1', group: 'migrant', rows: 'age_band', cols: 'sex',
			filters: { hukou: '21' }, childLength: 4
		});
		expect(params).toMatchObject({ region: '52', group: 'migrant', hukou: '21', sex: '', status: '', child_len: 4 });
	});
});
