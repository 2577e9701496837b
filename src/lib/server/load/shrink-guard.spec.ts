import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../db/database.ts';
import { guardShrink } from './shrink-guard.ts';

/** The guard on a real DuckDB: a snapshots row of 1,000 persons, staged persons of the new file. */
let db: Database;
beforeAll(async () => {
	db = await Database.open(':memory:', { readOnly: false });
	await db.run(`CREATE TABLE snapshots (as_of DATE, persons BIGINT)`);
	await db.run(`INSERT INTO snapshots VALUES ('2017-12-31', 1000)`);
});
afterAll(() => db.close());

async function stage(n: number): Promise<void> {
	await db.run(`CREATE OR REPLACE TEMP TABLE stg_persons AS SELECT range::VARCHAR AS aac002 FROM range(${n})`);
}

describe('guardShrink', () => {
	it('refuses a replacement with fewer than half the persons, naming both counts', async () => {
		await stage(19);
		await expect(guardShrink(db, '2017-12-31', false)).rejects.toThrow('快照 2017-12-31 已导入，本次人员数 1,000 → 19（−98%），少于原有的 50%');
	});

	it('lets it through when confirmed, and returns what shrank', async () => {
		await stage(19);
		expect(await guardShrink(db, '2017-12-31', true)).toEqual({ asOf: '2017-12-31', before: 1000, after: 19, change: -0.981 });
	});

	it('does not ask at half or more, nor for a date not loaded', async () => {
		await stage(500);
		expect(await guardShrink(db, '2017-12-31', false)).toBe(null);
		await stage(0);
		expect(await guardShrink(db, '2016-12-31', false)).toBe(null);
	});
});
