import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Database } from '../../src/lib/server/db/database.ts';
import { closeWorkStore, workStore, type WorkStore } from '../../src/lib/server/store/work-store.ts';
import { followUp, openBatch, openIds, sendBatch, visibleBatches } from '../../src/lib/server/views/batches/batches.ts';
import { batchPersons } from '../../src/lib/server/views/batches/batch-persons.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import type { PublicUser } from '../../src/lib/server/auth/users.ts';
import { engineOn } from './support/engine.ts';
import { person, tempDir, validId, type Row } from './support/snapshot-builder.ts';

/**
 * 扩面任务 batches (issue 17) on a three-snapshot fixture worked by hand: a list of 南明区's pension
 * 应参未参 ids drawn from S1 and sent down by township, followed in S2 and S3.
 *   u1 016 91 → S2 11 → S3 11            u2 016 92 (单位 U1) → S2 92 → S3 11
 *   u3 017 94 → S2 93 → S3 93            u4 017 91 (灵活就业) → S2 absent → S3 11 under its 15-digit number
 *   u5 520102000 91 (本级) → S2 91 → S3 moved to 云岩区, 91
 * Not in the list: an insured id, an invalid number, an id with an insured row elsewhere, an id outside.
 */
const T16 = '520102016';
const T17 = '520102017';
const S = ['2016-06-30', '2016-09-30', '2016-12-31'];
const ID = (n: number) => validId('520102', '19750101', String(100 + n * 2));
const u4_15 = '520102750101108'; // ID(4) as 15 digits: 520102 + 750101 + 108
const rows: Row[][] = [[], [], []];
const add = (snap: number[], over: Row) => snap.forEach((s) => rows[s].push(person({ AAC006: '19750101', ...over })));
add([0], { AAC002: ID(1), AAB301: T16, AIC003: '91', AAC003: '王小明' });
add([1, 2], { AAC002: ID(1), AAB301: T16, AIC003: '11', AAC003: '王小明' });
add([0, 1], { AAC002: ID(2), AAB301: T16, AIC003: '92', AAB001: 'U1' });
add([2], { AAC002: ID(2), AAB301: T16, AIC003: '11', AAB001: 'U1' });
add([0], { AAC002: ID(3), AAB301: T17, AIC003: '94' });
add([1, 2], { AAC002: ID(3), AAB301: T17, AIC003: '93' });
add([0], { AAC002: ID(4), AAB301: T17, AIC003: '91', employment: '2' });
add([2], { AAC002: u4_15, AAB301: T17, AIC003: '11', employment: '2' });
add([0, 1], { AAC002: ID(5), AAB301: '520102000', AIC003: '91' });
add([2], { AAC002: ID(5), AAB301: '520103001', AIC003: '91' });
add([0, 1, 2], { AAC002: ID(6), AAB301: T16, AIC003: '11' });
add([0, 1, 2], { AAC002: '12345', AAB301: T16, AIC003: '91' });
add([0], { AAC002: ID(7), AAB301: T16, AIC003: '91' });
add([0], { AAC002: ID(7), AAB301: T17, AIC003: '11' });
add([0], { AAC002: ID(8), AAB301: '520103001', AIC003: '91' });

const user = (role: PublicUser['role'], scope: string): PublicUser => ({ username: `${role}-${scope}`, displayName: '测试', role, scope, disabled: false, createdAt: '' });
const planner = user('planner', '520102');
const input = { region: '520102', insurance: 'pension', split: 'region', group: '', note: '请于期限前完成', due_date: '2016-10-31' };

let dbPath: string;
let store: WorkStore;
let storePath: string;
const withDb = async <T>(work: (db: Database) => Promise<T>) => {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		return await work(db);
	} finally {
		db.close();
	}
};

beforeAll(async () => {
	const e = await engineOn(...S.map((asOf, i) => ({ asOf, persons: rows[i], enrolments: [] })));
	dbPath = e.dbPath;
	storePath = join(tempDir(), 'work.duckdb');
	store = await workStore(storePath);
});
afterAll(() => closeWorkStore(storePath));

describe('扩面任务 batches', () => {
	it('freezes the 应参未参 ids with their receiving township (本级 for codes reaching none)', async () => {
		const batch = await withDb((db) => sendBatch(store, db, planner, S[0], input));
		expect(batch).toMatchObject({ serial: 1, ids: 5, region: '520102', as_of: S[0], due_date: '2016-10-31', note: '请于期限前完成', sender: 'planner-520102' });
		expect(batch.number).toMatch(/^KM\d{4}-0001$/);
		const open = await openBatch(store, planner, 1);
		expect(open.ids.map((r) => [r.id, r.receiver])).toEqual([
			[ID(5), '520102'], [ID(1), T16], [ID(2), T16], [ID(3), T17], [ID(4), T17]
		]);
		expect(open.ids.find((r) => r.id === ID(2))?.aab001).toBe('U1');
	});

	it('follows the ids in every later snapshot with 完成率 = insured / (sent − excluded)', async () => {
		const open = await openBatch(store, planner, 1);
		const follow = await withDb((db) => followUp(db, open, S));
		expect(follow.map((f) => f.as_of)).toEqual([S[1], S[2]]);
		const row = (i: number, key: string) => follow[i].rows.find((r) => r.key === key);
		// S2: 016 u1 insured, u2 uninsured; 017 u3 excluded, u4 absent; 本级 u5 uninsured
		expect(row(0, T16)).toMatchObject({ sent: 2, insured: 1, uninsured: 1, rate: 0.5 });
		expect(row(0, T17)).toMatchObject({ sent: 2, excluded: 1, absent: 1, rate: 0 });
		expect(row(0, '520102')).toMatchObject({ sent: 1, uninsured: 1, rate: 0, name: '南明区本级' });
		expect(follow[0].total).toMatchObject({ sent: 5, insured: 1, uninsured: 2, excluded: 1, absent: 1, rate: 0.25 });
		// S3: u2 insured, u4 back under its 15-digit number and insured, u5 moved out but still this batch's
		expect(row(1, T16)).toMatchObject({ insured: 2, rate: 1 });
		expect(row(1, T17)).toMatchObject({ insured: 1, excluded: 1, rate: 1 });
		expect(follow[1].total).toMatchObject({ insured: 3, uninsured: 1, excluded: 1, absent: 0, rate: 0.75 });
		expect((await withDb((db) => openIds(db, open, S[2]))).map((r) => r.id)).toEqual([ID(5)]);
		expect((await withDb((db) => openIds(db, open, S[1]))).map((r) => r.id)).toEqual([ID(5), ID(2), ID(4)]);
	});

	it('shows a receiving township its part only, and refuses a region outside the batch (403)', async () => {
		const township = await openBatch(store, user('supervisor', T16), 1);
		expect(township.ids.map((r) => r.id)).toEqual([ID(1), ID(2)]);
		expect((await withDb((db) => followUp(db, township, S)))[1].total).toMatchObject({ sent: 2, insured: 2, rate: 1 });
		await expect(openBatch(store, user('operator', '520102018'), 1)).rejects.toMatchObject({ status: 403 });
		await expect(openBatch(store, user('operator', '520103'), 1)).rejects.toMatchObject({ status: 403 });
		expect(await visibleBatches(store, user('operator', '520103'))).toEqual([]);
		expect((await visibleBatches(store, user('leader', '52'))).map((b) => b.serial)).toEqual([1]);
	});

	it('lists the part masked for 督导 and in full for 经办', async () => {
		const township = await openBatch(store, user('supervisor', T16), 1);
		const list = (access: 'masked' | 'full') => withDb(async (db) => batchPersons(db, township.ids, S[2], S[0], '1', await codeNames(db), access));
		const full = await list('full');
		expect(full[0]).toMatchObject({ aac003: '王小明', id: ID(1), receiver: T16, status: '已参加城镇职工基本养老保险' });
		const masked = await list('masked');
		expect(masked[0].aac003).toBe('王*明');
		expect(masked[0].id).toBe(`${ID(1).slice(0, 4)}**********${ID(1).slice(-4)}`);
		// 户籍地址 (AAC010 贵州省贵阳市南明区) keeps its first six characters; the phone is masked
		expect([full[0].aac010, masked[0].aac010]).toEqual(['贵州省贵阳市南明区', '贵州省贵阳市****']);
		expect(masked[0].aae005).toBe('139****0000');
	});

	it('sends one expansion group only, and refuses an empty list or a region out of scope', async () => {
		const flexible = await withDb((db) => sendBatch(store, db, planner, S[0], { ...input, group: 'flexible', split: 'unit' }));
		expect(flexible).toMatchObject({ serial: 2, ids: 1, grp: 'flexible', split: 'unit' });
		expect((await openBatch(store, planner, 2)).ids.map((r) => r.id)).toEqual([ID(4)]);
		await expect(withDb((db) => sendBatch(store, db, planner, S[2], { ...input, region: T16 }))).rejects.toThrow(/没有应参未参人员/);
		await expect(withDb((db) => sendBatch(store, db, planner, S[0], { ...input, region: '520103' }))).rejects.toMatchObject({ status: 403 });
		await expect(withDb((db) => sendBatch(store, db, user('leader', '520102'), S[0], input))).rejects.toMatchObject({ status: 403 });
		await expect(withDb((db) => sendBatch(store, db, planner, S[0], { ...input, due_date: '2016-13-45' }))).rejects.toThrow(/完成期限/);
	});
});
