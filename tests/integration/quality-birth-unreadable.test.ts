import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/lib/server/db/database.ts';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { qualityChildren, qualityTrend } from '../../src/lib/server/views/quality/quality-view.ts';
import { offendingPage } from '../../src/lib/server/views/quality/offending.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { emptyDatabase, engineAt } from './support/engine.ts';
import { person, tempDir, validId, writeSnapshot } from './support/snapshot-builder.ts';

// Issue 15 item 7: a non-blank AAC006 that no accepted form reads (YYYYMMDD, YYYY-MM-DD, YYYY/M/D,
// YYYY.MM.DD, a 5-digit Excel serial) is 出生日期无法识别 on the 数据质量 page, with its rows and reasons;
// it is not a docs/spec/METRICS.md metric, so the metrics JSON neither has it nor changes.
const AS_OF = '2016-12-31';
const born = (seq: string, aac006: string, aab301 = '520102016') =>
	person({ AAC002: validId('520102', '19800101', seq), AAC006: aac006, AAB301: aab301 });

// persons.csv lines 2…: by hand, the unreadable ones are lines 3, 4, 5 (南明区 520102), 7 (云岩区 520103)
// and 9 (AAB301 "5201": 贵阳市本级); line 10 is blank (missing_required, not unreadable)
const ROWS = [
	born('011', '19800101'), //           line 2  YYYYMMDD
	born('021', '1980-1-1'), //           line 3  unreadable: YYYY-MM-DD wants two digits
	born('031', '19801301'), //           line 4  unreadable: no 13th month
	born('041', '1980年1月1日'), //        line 5  unreadable
	born('051', '1980/1/1', '520103001'), // line 6  YYYY/M/D
	born('061', 'unknown', '520103001'), //  line 7  unreadable
	born('071', '1980.01.01'), //         line 8  YYYY.MM.DD
	born('081', '1980-02-30', '5201'), // line 9  unreadable: not a calendar date
	born('091', ''), //                   line 10 blank
	born('101', ' 29221 ') //             line 11 an Excel serial (1980-01-01), trimmed
];

let dbPath: string;
beforeAll(async () => {
	const dir = tempDir();
	dbPath = join(dir, 'q.duckdb');
	await emptyDatabase(dbPath);
	await loadSnapshots(dbPath, [writeSnapshot(join(dir, 'in'), { asOf: AS_OF, persons: ROWS })]);
});

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		return await work(db);
	} finally {
		db.close();
	}
}

describe('出生日期无法识别 (the 数据质量 page only)', () => {
	it('flags the non-blank AAC006 values no accepted form reads, at load', async () => {
		const e = await engineAt(dbPath);
		const flagged = await e.sql<{ line_no: number }>(`SELECT line_no FROM persons WHERE dq_birth_unreadable ORDER BY line_no`);
		expect(flagged.map((r) => Number(r.line_no))).toEqual([3, 4, 5, 7, 9]);
		const [agg] = await e.sql<{ n: number }>(`SELECT sum(birth_unreadable) AS n FROM agg_person WHERE as_of = '${AS_OF}'`);
		expect(Number(agg.n)).toBe(5);
	});

	it('is not in the metrics JSON, whose rules see only the blank AAC006', async () => {
		const m = await (await engineAt(dbPath)).metrics('52');
		expect(m).not.toHaveProperty('birth_unreadable');
		expect(m.missing_required).toBe(1);
		expect([m.id_invalid, m.id_birth_mismatch, m.id_gender_mismatch, m.id_duplicate, m.invalid_code]).toEqual([0, 0, 0, 0, 0]);
	});

	it('counts by child, 本级 and over snapshots: rows + 本级 = total', async () => {
		const children = await withDb((db) => qualityChildren(db, '5201', AS_OF));
		expect(children.pageOnly).toEqual({ birth_unreadable: 5 });
		const by = Object.fromEntries(children.rows.map((r) => [r.code, r.quality.birth_unreadable]));
		expect(by['520102']).toBe(3);
		expect(by['520103']).toBe(1);
		expect(children.rows.reduce((s, r) => s + r.quality.birth_unreadable, 0)).toBe(4);
		expect(children.own?.quality.birth_unreadable).toBe(1);
		const province = await withDb((db) => qualityChildren(db, '52', AS_OF));
		expect(province.rows.find((r) => r.code === '5201')?.quality.birth_unreadable).toBe(5);
		const trend = await withDb((db) => qualityTrend(db, '5201', AS_OF));
		expect(trend.map((t) => [t.asOf, t.quality.birth_unreadable])).toEqual([[AS_OF, 5]]);
	});

	it('lists the offending rows with a Chinese reason; masked access sees no part of the value', async () => {
		const page = (access: 'full' | 'masked') =>
			withDb(async (db) => offendingPage(db, { region: '5201', asOf: AS_OF, rule: 'birth_unreadable', limit: 50, offset: 0 }, await codeNames(db), access));
		const full = await page('full');
		expect(full.rows.map((r) => [String(r.code).split(' ')[0], r.line_no]) /* the name follows the code (home-visit columns) */).toEqual([['5201', 9], ['520102016', 3], ['520102016', 4], ['520102016', 5], ['520103001', 7]]);
		expect(full.rows.find((r) => r.line_no === 4)?.reason).toBe(
			'出生日期无法识别：出生日期(AAC006) 填为“19801301”，不是 YYYYMMDD、YYYY-MM-DD、YYYY/M/D、YYYY.MM.DD 形式的有效日期'
		);
		const masked = await page('masked');
		expect(masked.rows).toHaveLength(5);
		for (const r of masked.rows) {
			expect(r.reason).toBe('出生日期无法识别：出生日期(AAC006) 不是 YYYYMMDD、YYYY-MM-DD、YYYY/M/D、YYYY.MM.DD 形式的有效日期（原值已脱敏，由经办人员核对）');
		}
	});
});
