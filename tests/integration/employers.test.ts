import { describe, expect, it, beforeAll } from 'vitest';
import { Database } from '../../src/lib/server/db/database.ts';
import { unitDetail, unitList } from '../../src/lib/server/views/employers/employers.ts';
import { unitStaffPage } from '../../src/lib/server/views/employers/unit-staff.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { engineOn } from './support/engine.ts';
import { person, type Row } from './support/snapshot-builder.ts';

/**
 * The employer page of 稽核 (issue 17 item 3) on a three-snapshot fixture worked by hand. Statuses are
 * given for the five insurances in order 养老 医疗 工伤 失业 生育; FULL is insured in all five.
 *   A001 甲 (南明区 016): 3 staff; headcount 3, 3, 4. S1 all insured (not flagged); S2 one staff 92 in 养老
 *        (flagged); S3 the same, that staff now registered in 云岩区 (staff in two regions), headcount 4.
 *   A002 乙 (017): headcount blank; 2 staff insured, in S3 one is 92 in 医疗 (flagged in one snapshot).
 *   A003 丙 (016): headcount 2, one insured staff in every snapshot (flagged three times).
 *   A004 丁 (016): headcount 1, one insured staff (never flagged).
 *   A005 戊 (016): headcount blank; one staff 92 in 养老 in S1 and S3, absent from S2 (the run breaks).
 */
const S1 = '2016-06-30';
const S2 = '2016-09-30';
const S3 = '2016-12-31';
const T16 = '520102016';
const T17 = '520102017';
const YY = '520103001';
const FULL = ['11', '21', '30', '40', '50'];
const P92 = ['92', '21', '30', '40', '50'];
const M92 = ['11', '92', '30', '40', '50'];

const staff = (aab001: string, code: string, s: string[], name = '张三丰'): Row =>
	person({ AAB001: aab001, AAB301: code, AAC003: name, AIC003: s[0], AKC003: s[1], ALC003: s[2], AJC003: s[3], AMC003: s[4] });
const unit = (aab001: string, code: string, name: string, employees: string, type = '10'): Row => ({ AAB301: code, AAB001: aab001, AAB004: name, AAB019: type, employees, industry: '' });

function snapshot(k: 1 | 2 | 3) {
	const persons: Row[] = [
		staff('A001', T16, FULL),
		staff('A001', T16, FULL),
		staff('A001', k === 3 ? YY : T16, k === 1 ? FULL : P92),
		staff('A002', T17, FULL),
		staff('A002', T17, k === 3 ? M92 : FULL),
		staff('A003', T16, FULL),
		staff('A004', T16, FULL)
	];
	const units = [unit('A001', T16, '甲公司', k === 3 ? '4' : '3'), unit('A002', T17, '乙机关', '', '30'), unit('A003', T16, '丙公司', '2'), unit('A004', T16, '丁公司', '1')];
	if (k !== 2) {
		persons.push(staff('A005', T16, P92));
		units.push(unit('A005', T16, '戊公司', ''));
	}
	return { asOf: [S1, S2, S3][k - 1], persons, units };
}

let dbPath: string;
beforeAll(async () => {
	dbPath = (await engineOn(snapshot(1), snapshot(2), snapshot(3))).dbPath;
});

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		return await work(db);
	} finally {
		db.close();
	}
}
const list = (region: string, asOf = S3, repeat = false) => withDb(async (db) => unitList(db, { region, asOf, repeat, limit: 50, offset: 0 }, await codeNames(db)));
const detail = (aab001: string, region: string, asOf = S3) => withDb(async (db) => unitDetail(db, { aab001, asOf, region, dates: [S1, S2, S3] }, await codeNames(db)));

describe('the employer list of 稽核', () => {
	it('lists the flagged employers of 南明区 worst first with all five insurances', async () => {
		const { rows, matching } = await list('520102');
		expect(matching).toBe(4);
		expect(rows.map((r) => [r.aab001, r.toCorrect, r.streak])).toEqual([
			// 养老 max(92 1, shortfall 4−2) = 2, the other four 4−3 = 1 each
			['A001', 6, 2],
			// shortfall 1 in each insurance, three snapshots in a row
			['A003', 5, 3],
			// headcount blank: only the 92 counts
			['A002', 1, 1],
			// flagged in S1 and S3 but absent from S2
			['A005', 1, 1]
		]);
		const a = rows[0];
		expect(a).toMatchObject({ name: '甲公司', unitType: '10', unitTypeName: '企业', code: T16, headcount: 4, persons: 3 });
		expect(a.place).not.toBeNull();
		expect(a.insurances.map((i) => [i.digit, i.insured, i.notEnrolled, i.shortfall])).toEqual([
			['1', 2, 1, 2], ['2', 3, 0, 1], ['3', 3, 0, 1], ['4', 3, 0, 1], ['5', 3, 0, 1]
		]);
		const b = rows[2];
		expect(b).toMatchObject({ name: '乙机关', unitTypeName: '机关', headcount: null, persons: 2 });
		expect(b.insurances.map((i) => [i.insured, i.notEnrolled, i.shortfall])).toEqual([[2, 0, null], [1, 1, null], [2, 0, null], [2, 0, null], [2, 0, null]]);
	});

	it('keeps the repeat offenders only when asked', async () => {
		const { rows, matching } = await list('520102', S3, true);
		expect(matching).toBe(2);
		expect(rows.map((r) => r.aab001)).toEqual(['A001', 'A003']);
	});

	it('counts the run up to the chosen snapshot', async () => {
		const { rows } = await list('520102', S2);
		// S2: 甲 3 staff, 养老 92 → max(1, 3−2) = 1; 丙 shortfall 1 × 5 and flagged in S1 too
		expect(rows.map((r) => [r.aab001, r.toCorrect, r.streak])).toEqual([['A003', 5, 2], ['A001', 1, 1]]);
	});

	it('places an employer by its own code, not its staff', async () => {
		expect((await list('520103')).rows).toEqual([]);
		expect((await list('520102017')).rows.map((r) => r.aab001)).toEqual(['A002']);
	});
});

describe('one employer', () => {
	it('gives its history, run and staff inside and outside the region', async () => {
		const d = (await detail('A001', '520102'))!;
		expect(d.history).toEqual([{ asOf: S3, flagged: true }, { asOf: S2, flagged: true }, { asOf: S1, flagged: false }]);
		expect(d.row.streak).toBe(2);
		expect(d.row.toCorrect).toBe(6);
		expect([d.staffInside, d.staffElsewhere]).toEqual([2, 1]);
		const e = (await detail('A005', '52'))!;
		expect(e.history.map((h) => h.flagged)).toEqual([true, null, true]);
		expect(e.row.streak).toBe(1);
		expect((await detail('A003', '52'))!.row.streak).toBe(3);
	});

	it('agrees with the list on every employer', async () => {
		for (const r of (await list('52')).rows) {
			const d = (await detail(r.aab001, '52'))!;
			expect(d.row, r.aab001).toEqual(r);
		}
	});

	it('is not found outside the viewer region or before it appeared', async () => {
		expect(await detail('A001', '520103')).toBeNull();
		expect(await detail('A005', '52', S2)).toBeNull();
		expect(await detail('NONE', '52')).toBeNull();
	});

	it('lists the staff inside the region only, masked for a masked role', async () => {
		const page = (region: string, access: 'masked' | 'full') => withDb(async (db) => unitStaffPage(db, { aab001: 'A001', asOf: S3, region, limit: 51, offset: 0 }, await codeNames(db), access));
		expect((await page('52', 'full')).length).toBe(3);
		const inside = await page('520102', 'full');
		expect(inside.length).toBe(2);
		expect(inside[0]).toMatchObject({ aac003: '张三丰', aic003: '已参加城镇职工基本养老保险' });
		const masked = await page('520103', 'masked');
		expect(masked.length).toBe(1);
		expect(masked[0].aac003).toBe('张*丰');
		expect(masked[0].aic003).toBe('单位未予参保');
		expect(String(masked[0].aac002)).toMatch(/^\d{4}\*+\d{3}[\dX]$/);
	});
});

