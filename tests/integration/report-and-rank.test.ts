import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { enrolmentsFor, person, type Row } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md 情况表 rows and logic checks, rank (competition ranks, unranked —, previous rank,
// movement), delta and projection over several snapshots.
const insured = (n: number, where: string, extra: Row = {}) => Array.from({ length: n }, () => person({ AAB301: where, AIC003: '11', AKC003: '21', ...extra }));
const uninsured = (n: number, where: string) => Array.from({ length: n }, () => person({ AAB301: where, AIC003: '91', AKC003: '21' }));
const snapshot = (asOf: string, persons: Row[], population: Row[] = []) => ({ asOf, persons, enrolments: persons.flatMap((p) => enrolmentsFor(p)), population });

describe('情况表', () => {
	it('lists every reference child, puts name-less codes in the 本级 row, and checks 宾栏 and (2)<=(1) per row', async () => {
		const persons = [...insured(3, '520102016'), ...insured(2, '520102017', { reg_status: '31' }), ...insured(1, '520102000')];
		const e = await engineOn(snapshot('2016-12-31', persons, [
			{ AAB301: '520102016', huji_population: '3' },
			{ AAB301: '520102017', huji_population: '1' }
		]));
		const report = await e.report('520102');
		const codes = report.rows.map((r) => r.code);
		// 520102000 (county level, township unknown) is never a row of its own: its one person is 本级
		expect(codes).not.toContain('520102000');
		expect(report.own.columns).toMatchObject({ '1': null, '2': 1, '3': 1 });
		expect(codes.every((c) => c.length === 9)).toBe(true);
		expect(report.rows.length).toBeGreaterThan(10); // 南明区's townships from the reference table
		const row016 = report.rows.find((r) => r.code === '520102016')!;
		expect(row016.columns).toMatchObject({ '1': 3, '2': 3, '3': 3, '7': 0 });
		const check = (rule: string, row: string) => report.checks.find((c) => c.rule === rule && c.row === row);
		// (1) = (2) = 3 = (3) − (4) + (5) + (6) + (7) = 3
		expect(check('宾栏 (1)=(3)-(4)+(5)+(6)+(7)', '520102016')?.ok).toBe(true);
		// 520102017: (1) = 1 but (2) = 2 → no 宾栏 entry, and (2)<=(1) fails naming the numbers
		expect(check('宾栏 (1)=(3)-(4)+(5)+(6)+(7)', '520102017')).toBeUndefined();
		expect(check('(2)<=(1)', '520102017')).toMatchObject({ ok: false, detail: '(2) 2 > (1) 1' });
		// rows without population have no (2)<=(1) entry, but always (4)<=(3) and (8)<=(7)
		expect(check('(2)<=(1)', 'own')).toBeUndefined();
		expect(check('(8)<=(7)', 'own')?.ok).toBe(true);
		// total is the region's own figures, and here equals the sum of the rows plus 本级: 3 + 2 + 1
		expect(report.total.columns['2']).toBe(6);
		expect(check('甲栏 total = sum of rows', 'total')?.ok).toBe(true);
		// reference townships without any row are listed as 无数据, with zeros and no population
		expect(report.noData).toContain('520102018');
		expect(report.rows.find((r) => r.code === '520102018')?.columns).toMatchObject({ '1': null, '2': 0, '9': 0 });
	});
});

describe('rank', () => {
	it('gives competition ranks, leaves regions without a value unranked, and tracks movement', async () => {
		// 2016-09-30: 南明 3/4, 云岩 1/2, 花溪 1/1; 2016-12-31: 南明 1/2, 云岩 2/4 (tie), 花溪 3/3, 乌当 no eligible persons
		const q3 = snapshot('2016-09-30', [...insured(3, '520102016'), ...uninsured(1, '520102016'), ...insured(1, '520103001'), ...uninsured(1, '520103001'), ...insured(1, '520111004')]);
		const q4 = snapshot('2016-12-31', [
			...insured(1, '520102016'), ...uninsured(1, '520102016'),
			...insured(2, '520103001'), ...uninsured(2, '520103001'),
			...insured(3, '520111004'),
			person({ AAB301: '520112001', AIC003: '95', AKC003: '95' })
		]);
		const e = await engineOn(q3, q4);
		const rank = await e.rank('5201');
		const row = (code: string) => rank.rows.find((r) => r.code === code)!;
		expect(row('520111')).toMatchObject({ value: 1, rank: 1, previous_rank: 1, movement: 0, status: 'green' });
		expect(row('520102')).toMatchObject({ value: 0.5, rank: 2, previous_rank: 2, movement: 0, status: 'red' });
		expect(row('520103')).toMatchObject({ value: 0.5, rank: 2, previous_rank: 3, movement: 1 });
		expect(row('520112')).toMatchObject({ value: null, rank: null, movement: null, status: null });
		expect(row('520113')).toMatchObject({ value: null, rank: null });
		// counts rank low-first: 应参未参 1 (南明), 2 (云岩), 0 (花溪), 0 (乌当 has a row) → 1, 1, 3, 4
		const byUninsured = await e.rank('5201', 'pension.uninsured');
		const u = (code: string) => byUninsured.rows.find((r) => r.code === code)!;
		expect([u('520111').rank, u('520112').rank, u('520102').rank, u('520103').rank]).toEqual([1, 1, 3, 4]);
		expect(u('520113').rank).toBeNull(); // no data at all: missing, never first
	});

	it('computes coverage_delta in percentage points and the OLS projection by hand', async () => {
		// coverage 0.5, 0.6, 0.7 at 2016-03-31, 2016-06-30, 2016-09-30 (91 and 92 days apart)
		const at = (asOf: string, k: number) => snapshot(asOf, [...insured(k, '520102016'), ...uninsured(10 - k, '520102016')]);
		const e = await engineOn(at('2016-03-31', 5), at('2016-06-30', 6), at('2016-09-30', 7));
		const m = await e.metrics('52', '2016-09-30');
		expect(m['pension.coverage_delta']).toBeCloseTo(10, 9);
		// x = days since 2016-03-31: 0, 91, 183; y = 0.5, 0.6, 0.7; x̄ = 91.333…, ȳ = 0.6;
		// Σ(x−x̄)(y−ȳ) = 9.1333 + 9.1667 = 18.3; Σ(x−x̄)² = 8341.78 + 0.11 + 8402.78 = 16744.67;
		// 0.9 is reached at x̄ + 0.3 × 16744.67 / 18.3 = 91.33 + 274.50 = 365.83 → first whole day 366 → 2017-04-01
		expect(m['pension.projection']).toBe('2017-04-01');
		const first = await e.metrics('52', '2016-03-31');
		expect(first['pension.coverage_delta']).toBeNull();
		expect(first['pension.projection']).toBeNull();
	});
});
