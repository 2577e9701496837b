import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { Database } from '../../src/lib/server/db/database.ts';
import { groupMembers } from '../../src/lib/server/persons/lists.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { crossTabCounts } from '../../src/lib/server/views/groups/cross-tab.ts';
import { enrolmentsFor, person, type Row } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "The quarterly report" and "rank": every children list is the reference children plus the
// 本级 row; rows + 本级 = total in every column; a code without a reference name is never a row; the 本级
// row is never ranked. Fixture: persons at blank, short and name-less codes at every level, worked by hand.
const at = (where: string, n: number, extra: Row = {}) =>
	Array.from({ length: n }, () => person({ AAB301: where, AIC003: '11', AKC003: '21', ...extra }));
const uninsuredAt = (where: string, n: number) => at(where, n, { AIC003: '91', AKC003: '91' });

const persons = [
	...at('', 2), //                2 blank AAB301: the scope 52, 本级 of the province
	...uninsuredAt('5299', 1), //   prefecture code without a reference name: 本级 of 52
	...at('5201', 3), //            a prefecture code: reaches 5201, 本级 of 5201
	...uninsuredAt('520102', 1), // a county code: 本级 of 520102
	...at('520102000', 2), //       township unknown (no reference name): 本级 of 520102
	...uninsuredAt('520102000', 1),
	...at('520102016', 4), //       a reference township
	...uninsuredAt('520102016', 2),
	...at('520102016999', 1), //    a village code without a reference name: 本级 of 520102016
	...at('520111004', 2) //        another county's township
];
const population = [
	{ AAB301: '520102016', huji_population: '10' },
	{ AAB301: '520102000', huji_population: '4' }, // no reference name: 本级 of 520102
	{ AAB301: '520111004', huji_population: '3' }
];
const snapshot = { asOf: '2016-12-31', scope: '52', persons, enrolments: persons.flatMap((p) => enrolmentsFor(p)), population };

const COLUMNS = Array.from({ length: 17 }, (_, i) => String(i + 1));

describe('the 本级 row', async () => {
	const e = await engineOn(snapshot);

	it.each(['52', '5201', '520102', '520102016'])('report %s: rows + 本级 = total in all 17 columns, only reference children are rows', async (region) => {
		const report = await e.report(region);
		for (const n of COLUMNS) {
			const values = [...report.rows.map((r) => r.columns[n]), report.own.columns[n]].filter((v): v is number => v !== null);
			const sum = n === '1' && values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
			expect(sum, `column ${n}`).toBe(report.total.columns[n]);
		}
		const names = await e.sql<{ code: string }>(`SELECT code FROM regions WHERE starts_with(code, '${region}') AND length(code) = ${region.length === 2 ? 4 : region.length === 4 ? 6 : region.length === 6 ? 9 : 12}`);
		expect(report.rows.map((r) => r.code).sort()).toEqual(names.map((r) => r.code).sort());
		expect(report.checks.find((c) => c.rule === '甲栏 total = sum of rows')?.ok).toBe(true);
	});

	it('places every count at exactly one code (hand-worked 本级 figures)', async () => {
		const province = await e.report('52');
		// 本级 of 52: 2 blank + 1 at 5299 (the only uninsured there)
		expect(province.own.columns).toMatchObject({ '1': null, '2': 3, '9': 1 });
		expect(province.total.columns['2']).toBe(persons.length);
		const guiyang = await e.report('5201');
		expect(guiyang.own.columns).toMatchObject({ '2': 3, '9': 0 }); // the three at 5201
		const nanming = await e.report('520102');
		// 本级 of 520102: 1 at 520102 (uninsured) + 3 at 520102000 (1 uninsured); population 4 at 520102000
		expect(nanming.own.columns).toMatchObject({ '1': 4, '2': 4, '9': 2 });
		expect(nanming.rows.map((r) => r.code)).not.toContain('520102000');
		expect(nanming.rows.find((r) => r.code === '520102016')?.columns).toMatchObject({ '1': 10, '2': 7, '9': 2 });
		expect(nanming.total.columns).toMatchObject({ '1': 14, '2': 11, '9': 4 });
		const township = await e.report('520102016');
		expect(township.own.columns).toMatchObject({ '2': 7, '9': 2 }); // its villages have no rows: all 本级
	});

	it('never ranks the 本级 row, but shows its value', async () => {
		const rank = await e.rank('520102');
		expect(rank.rows.map((r) => r.code)).not.toContain('520102000');
		expect(rank.rows.every((r) => r.code.length === 9)).toBe(true);
		// 本级: 2 insured of 4 eligible
		expect(rank.own).toEqual({ value: 0.5, status: 'red' });
		// 520102016: 5 insured (4 + the village row) of 7
		expect(rank.rows[0]).toMatchObject({ code: '520102016', rank: 1, value: 5 / 7 });
		expect(rank.rows.filter((r) => r.rank !== null)).toHaveLength(1);
		const byCount = await e.rank('52', 'pension.uninsured');
		expect(byCount.own.value).toBe(1);
		// 5201: 1 at 520102 + 1 at 520102000 + 2 at 520102016; the other prefectures have no rows: unranked
		expect(byCount.rows.find((r) => r.code === '5201')).toMatchObject({ value: 4, rank: 1 });
		expect(byCount.rows.filter((r) => r.rank !== null)).toHaveLength(1);
	});

	it('a region with nothing at 本级 has all zeros and column 1 null', async () => {
		const other = await e.report('520111');
		expect(COLUMNS.map((n) => other.own.columns[n])).toEqual([null, ...Array(16).fill(0)]);
		expect((await e.rank('520111')).own).toEqual({ value: null, status: null });
	});

	it('lists the 本级 row\'s 应参未参 persons (own filter) and nobody else, as the cross-tab counts them', async () => {
		const db = await Database.open(e.dbPath, { readOnly: true });
		try {
			const names = await codeNames(db);
			const list = (region: string, ownLength: number) =>
				groupMembers(db, { region, asOf: '2016-12-31', insurance: '1', group: '', filters: {}, ownLength, limit: 100, offset: 0 }, names, 'full');
			// 520102's 本级 应参未参: the one at 520102 and the one at 520102000
			const own = await list('520102', 9);
			expect(own.rows.map((r) => String(r.code).split(' ')[0]).sort()).toEqual(['520102', '520102000']);
			expect((await list('520102', 0)).rows).toHaveLength(4);
			// the province's: the one at 5299 (the blank rows are insured)
			expect((await list('52', 4)).rows.map((r) => String(r.code).split(' ')[0])).toEqual(['5299']);
			const cube = await crossTabCounts(db, { region: '520102', asOf: '2016-12-31', insurance: '1', group: '', rows: 'sex', cols: 'age_band', filters: {}, childLength: 9, ownLength: 9 });
			expect(cube.reduce((n, c) => n + c.n, 0)).toBe(2);
		} finally {
			db.close();
		}
	});
});
