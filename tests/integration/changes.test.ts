import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { Database } from '../../src/lib/server/db/database.ts';
import { buildChanges, changesJson } from '../../src/lib/server/views/changes/changes.ts';
import { changePersons } from '../../src/lib/server/views/changes/persons.ts';
import { incompleteCounts, incompletePersons } from '../../src/lib/server/views/changes/incomplete.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { deleteSnapshot } from '../../src/lib/server/load/delete-snapshot.ts';
import { engineOn } from './support/engine.ts';
import { enrolment, enrolmentsFor, person, validId, type Row } from './support/snapshot-builder.ts';

/**
 * docs/spec/METRICS.md "Changes between two snapshots" on a two-snapshot fixture worked by hand. Each person is
 * one id with a row in A and/or B (pension status AIC003; medical AKC003 21 unless said otherwise).
 * Township codes: 520102016 / 520102017 (南明区), 520103001 (云岩区).
 */
const T16 = '520102016';
const T17 = '520102017';
const YY = '520103001';
const A: Row[] = [];
const B: Row[] = [];
const EA: Row[] = [];
const EB: Row[] = [];
let seq = 500;
/** One id with a row in A (if `a`) and B (if `b`): [AAB301, AIC003] pairs, extra columns per side. */
function id(a: [string, string] | null, b: [string, string] | null, extra: { a?: Row; b?: Row } = {}): string {
	seq += 2;
	const aac002 = validId('520102', '19700101', String(seq).padStart(3, '0'));
	for (const [side, rows, enr, e] of [[a, A, EA, extra.a], [b, B, EB, extra.b]] as const) {
		if (!side) continue;
		const p = person({ AAC002: aac002, AAC006: '19700101', AAB301: side[0], AIC003: side[1], ...e });
		rows.push(p);
		enr.push(...enrolmentsFor(p, side[0] || T16));
	}
	return aac002;
}

id([T16, '91'], [T16, '11'], { a: { AKC003: '91' } }); // uninsured>insured (and medical uninsured>insured)
const lapsed = id([T16, '11'], [T16, '92']); // insured>uninsured; duplicate in A only → cleared
const still = id([T16, '94'], [T16, '91']); // uninsured>uninsured; duplicate in B only → new
id(null, [T17, '91']); // absent>uninsured (new_uninsured) in 017
id([T16, '11'], null); // insured>absent (left), placed by A
id([T16, '93'], [T16, '11']); // excluded>insured
id([T16, ''], [T16, '95']); // other>excluded (blank status)
id([YY, '91'], [T16, '11']); // moved in: placed by B in 016 → uninsured>insured of 南明区, nothing in 云岩区
const movedOut = id([T16, '11'], [YY, '11']); // moved out: insured>insured of 云岩区; duplicates in both (elsewhere in B)
const both = id([T16, '11'], [T16, '11']); // insured>insured in 016; duplicate in both snapshots → neither
// 15-digit number in A, the same person's 18-digit number in B: one id, uninsured>insured
const id18 = validId('520102', '19800101', '123');
A.push(person({ AAC002: '520102800101123', AAC006: '19800101', AAB301: T16, AIC003: '91' }));
B.push(person({ AAC002: id18, AAC006: '19800101', AAB301: T16, AIC003: '11' }));
EB.push(enrolment({ AAC002: id18, scheme: '11' }), enrolment({ AAC002: id18, scheme: '21' }));
// two rows in B: 91 at 017 and 11 at 016 → insured, placed at the lowest AAB301 (016); A 91 at 017
id([T17, '91'], [T17, '91']);
B.push(person({ AAC002: B[B.length - 1].AAC002, AAC006: '19700101', AAB301: T16, AIC003: '11' }));
// blank AAB301 in both: placed at the scope 52 (本级 of the province), nowhere in 南明区
id(['', '11'], ['', '11']);
// county-level codes: 520102 in A, 520102000 (no reference name) in B → 南明区本级, uninsured>uninsured
id(['520102', '91'], ['520102000', '91']);
// blank and invalid numbers are never matched: 1 in A (016), 2 in B (017 blank, 016 invalid)
A.push(person({ AAC002: '123456', AAB301: T16, AIC003: '91' }));
B.push(person({ AAC002: '', AAB301: T17, AIC003: '91' }), person({ AAC002: '123456', AAB301: T16, AIC003: '91' }));
// duplicates (two active pension enrolments): lapsed in A only, still in B only, both in both, movedOut in both
EA.push(enrolment({ AAC002: lapsed, scheme: '12' }), enrolment({ AAC002: both, scheme: '12' }), enrolment({ AAC002: movedOut, scheme: '12' }));
EB.push(enrolment({ AAC002: still, scheme: '12', AAB301: T16 }), enrolment({ AAC002: still, scheme: '11', status: '4' }));
EB.push(enrolment({ AAC002: both, scheme: '12' }), enrolment({ AAC002: movedOut, scheme: '12', AAB301: YY }));

const FROM = '2016-09-30';
const TO = '2016-12-31';
let dbPath: string;
beforeAll(async () => {
	const e = await engineOn({ asOf: FROM, persons: A, enrolments: EA }, { asOf: TO, persons: B, enrolments: EB });
	dbPath = e.dbPath;
});

async function changes(region: string, insurance = 'pension', from = FROM, to = TO) {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		return await buildChanges(db, { region, from, to, insurance });
	} finally {
		db.close();
	}
}

describe('changes between two snapshots', () => {
	it('counts every class transition of 南明区 by hand', async () => {
		const view = await changes('520102');
		expect(changesJson(view)).toEqual({
			from: FROM,
			to: TO,
			insurance: 'pension',
			region: { code: '520102', name: '南明区', level: 'county' },
			matrix: {
				// p1, moved in, 15→18, two rows in B
				'uninsured>insured': 4,
				'insured>uninsured': 1,
				// 94→91 and the county-level pair
				'uninsured>uninsured': 2,
				'absent>uninsured': 1,
				'insured>absent': 1,
				'excluded>insured': 1,
				'other>excluded': 1,
				'insured>insured': 1
			},
			newly_insured: 4,
			lapsed: 1,
			still_uninsured: 2,
			new_uninsured: 1,
			left: 1,
			duplicates_cleared: 1,
			duplicates_new: 1,
			unmatched_a: 1,
			unmatched_b: 2
		});
	});

	it('splits by reference township with everything else in the 本级 row', async () => {
		const view = await changes('520102');
		const row = (code: string) => view.rows.find((r) => r.code === code)!.figures;
		expect(row(T16).matrix).toEqual({
			'uninsured>insured': 4, 'insured>uninsured': 1, 'uninsured>uninsured': 1, 'insured>absent': 1,
			'excluded>insured': 1, 'other>excluded': 1, 'insured>insured': 1
		});
		expect(row(T16)).toMatchObject({ duplicates_cleared: 1, duplicates_new: 1, unmatched_a: 1, unmatched_b: 1, left: 1 });
		expect(row(T17)).toMatchObject({ matrix: { 'absent>uninsured': 1 }, new_uninsured: 1, unmatched_b: 1 });
		expect(view.own).toMatchObject({ matrix: { 'uninsured>uninsured': 1 }, still_uninsured: 1 });
		expect(view.rows.some((r) => r.code === '520102000')).toBe(false); // never a row of its own
		// rows plus 本级 add up to the region
		const sum = (key: 'newly_insured' | 'still_uninsured' | 'unmatched_b') => view.rows.reduce((s, r) => s + r.figures[key], view.own[key]);
		expect([sum('newly_insured'), sum('still_uninsured'), sum('unmatched_b')]).toEqual([4, 2, 2]);
	});

	it('places a moved id by the later snapshot, and blank codes at the scope', async () => {
		const yunyan = changesJson(await changes('520103'));
		expect(yunyan.matrix).toEqual({ 'insured>insured': 1 });
		expect([yunyan.duplicates_cleared, yunyan.duplicates_new]).toEqual([0, 0]);
		const province = await changes('52');
		// 南明区's 12 + 云岩区's 1 + the blank-coded id at 本级
		expect(Object.values(province.result.matrix).reduce((s, n) => s + n, 0)).toBe(14);
		expect(province.own.matrix).toEqual({ 'insured>insured': 1 });
		// moved-out's duplicate is in 南明区 in A and in 云岩区 in B: neither cleared nor new
		expect([province.result.duplicates_cleared, province.result.duplicates_new]).toEqual([1, 1]);
	});

	it('answers per insurance', async () => {
		const medical = changesJson(await changes('520102', 'medical'));
		expect(medical.newly_insured).toBe(1);
		expect(medical.lapsed).toBe(0);
		expect(medical.matrix['absent>insured']).toBe(1);
		// lapsed, still, excluded, other, moved in, both, 15→18, two rows, county level
		expect(medical.matrix['insured>insured']).toBe(9);
	});

	it('refuses unknown snapshots, reversed order and unknown insurances in Chinese', async () => {
		await expect(changes('520102', 'pension', TO, FROM)).rejects.toThrow(/应早于/);
		await expect(changes('520102', 'pension', '2015-12-31', TO)).rejects.toThrow(/没有 2015-12-31 的快照/);
		await expect(changes('520102', 'pensions')).rejects.toThrow(/险种“pensions”无效/);
	});

	it('is the CLI output of canbao changes --json', () => {
		const run = spawnSync('node', ['bin/canbao.js', 'changes', '--json', '--to', TO, '--region', '520102', '--from', FROM, '--db', dbPath], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(Object.keys(out)).toEqual(['from', 'to', 'insurance', 'region', 'matrix', 'newly_insured', 'lapsed', 'still_uninsured', 'new_uninsured', 'left', 'duplicates_cleared', 'duplicates_new', 'unmatched_a', 'unmatched_b']);
		expect(out).toMatchObject({ newly_insured: 4, lapsed: 1, unmatched_b: 2 });
		const bad = spawnSync('node', ['bin/canbao.js', 'changes', '--region', '520102', '--from', FROM, '--db', dbPath], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/缺少 --to/);
	});

	it('lists the persons of a cell, of the 本级 row, masked or in full', async () => {
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			const names = await codeNames(db);
			const q = { region: '520102', from: FROM, to: TO, digit: '1', ownOf: null, limit: 50, offset: 0 };
			const full = await changePersons(db, { ...q, cell: { a: 'uninsured', b: 'insured' } }, names, 'full');
			expect(full.rows).toHaveLength(4);
			const legacy = full.rows.find((r) => r.id === id18)!;
			expect(legacy).toMatchObject({ code: T16, status_a: '个人未参保', status_b: '已参加城镇职工基本养老保险' });
			const left = await changePersons(db, { ...q, cell: { a: '*', b: 'absent' } }, names, 'full');
			expect(left.rows.map((r) => r.status_b)).toEqual(['（不在库）']);
			const own = await changePersons(db, { ...q, ownOf: 9, cell: { a: 'uninsured', b: 'uninsured' } }, names, 'masked');
			expect(own.rows.map((r) => r.code)).toEqual(['520102000']);
			expect(String(own.rows[0].id)).toMatch(/^5201\*{10}\d{3}[\dX]$/);
		} finally {
			db.close();
		}
	});

	it('counts 未参全 in B: 应参未参 in pension but insured in medical', async () => {
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			// lapsed (92) and still (91) in 016, new (91) in 017, the county-level id (91) at 本级; medical all 21
			const pension = await incompleteCounts(db, '520102', TO, '1');
			expect(pension.total).toBe(4);
			expect(pension.rows.find((r) => r.code === T16)?.n).toBe(2);
			expect(pension.rows.find((r) => r.code === T17)?.n).toBe(1);
			expect(pension.own).toBe(1);
			expect((await incompleteCounts(db, '520102', TO, '2')).total).toBe(0);
			const own = await incompletePersons(db, { region: '520102', to: TO, digit: '1', ownOf: 9, limit: 50, offset: 0 }, await codeNames(db), 'full');
			expect(own.rows).toEqual([expect.objectContaining({ code: '520102000', insured_in: '医疗保险', status: '个人未参保' })]);
		} finally {
			db.close();
		}
	});

	it('reads the load-time matrix for the default pair, equal to joining the two summaries', async () => {
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			expect((await db.query<{ ready: boolean }>('changes/matrix-ready', { from: FROM, to: TO }))[0].ready).toBe(true);
			for (const [region, child_len] of [['52', 4], ['520102', 9], ['520103', 9], ['520102016', 12]] as const) {
				for (const insurance of ['1', '2', '3', '4', '5']) {
					const params = { region, from: FROM, to: TO, insurance, child_len };
					const joined = await db.query('changes/matrix', params);
					expect(await db.query('changes/matrix-counts', params), `${region} ${insurance}`).toEqual(joined);
				}
			}
		} finally {
			db.close();
		}
	});

	it('loaded out of order, the later snapshot is counted against the one now before it', async () => {
		// B first, then A: loading A writes the pair A → B (B had no snapshot before it)
		const e = await engineOn({ asOf: TO, persons: B, enrolments: EB }, { asOf: FROM, persons: A, enrolments: EA });
		const db = await Database.open(e.dbPath, { readOnly: true });
		try {
			expect((await db.query<{ ready: boolean }>('changes/matrix-ready', { from: FROM, to: TO }))[0].ready).toBe(true);
			expect(changesJson(await buildChanges(db, { region: '520102', from: FROM, to: TO, insurance: 'pension' }))).toEqual(changesJson(await changes('520102')));
		} finally {
			db.close();
		}
	});

	it('deleting a snapshot drops its per-id summary', async () => {
		const count = async () => {
			const db = await Database.open(dbPath, { readOnly: true });
			try {
				return (await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM agg_id_class WHERE as_of = DATE '${FROM}'`))[0].n;
			} finally {
				db.close();
			}
		};
		// A: 13 ids with valid numbers (all but the one new in B)
		expect(await count()).toBe(13);
		await deleteSnapshot(dbPath, FROM);
		expect(await count()).toBe(0);
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			expect((await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM agg_change`))[0].n).toBe(0);
		} finally {
			db.close();
		}
	});
});
