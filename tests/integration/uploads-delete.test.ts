import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { deleteSnapshot } from '../../src/lib/server/load/delete-snapshot.ts';
import { Database } from '../../src/lib/server/db/database.ts';

/** Deleting a snapshot removes its rows from every table and leaves the other snapshots as they were. */
let dir: string;
let dbPath: string;
const TABLES = ['persons', 'enrolments', 'units', 'population', 'agg_person', 'agg_status', 'agg_group', 'agg_person_level', 'agg_status_level', 'agg_group_level', 'agg_duplicate', 'agg_cube', 'agg_unit', 'agg_duplicate_person', 'agg_unmatched', 'snapshots'];

async function counts(): Promise<Record<string, Record<string, number>>> {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		const out: Record<string, Record<string, number>> = {};
		for (const t of TABLES) {
			const rows = await db.all<{ as_of: string; n: number }>(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of, count(*) AS n FROM ${t} GROUP BY 1 ORDER BY 1`);
			out[t] = Object.fromEntries(rows.map((r) => [r.as_of, r.n]));
		}
		return out;
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-delete-'));
	dbPath = join(dir, 'db.duckdb');
	const early = join(dir, '2013-12-31');
	cpSync('tests/fixtures/example/2016-12-31', early, { recursive: true });
	writeFileSync(join(early, 'manifest.json'), JSON.stringify({ as_of: '2013-12-31', scope: '52' }));
	await loadSnapshots(dbPath, ['tests/fixtures/example/2016-12-31', early]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deleteSnapshot', () => {
	it('removes one snapshot from every table, through a working copy', async () => {
		const before = await counts();
		for (const t of TABLES) expect(Object.keys(before[t]), t).toEqual(['2013-12-31', '2016-12-31']);
		await deleteSnapshot(dbPath, '2013-12-31');
		const after = await counts();
		for (const t of TABLES) expect(after[t], t).toEqual({ '2016-12-31': before[t]['2016-12-31'] });
		expect(existsSync(`${dbPath}.loading`)).toBe(false);
		expect(existsSync(`${dbPath}.lock`)).toBe(false);
	});

	it('refuses an unknown or malformed date and leaves the file as it was', async () => {
		await expect(deleteSnapshot(dbPath, '2013-12-31')).rejects.toThrow('没有 2013-12-31 的快照');
		await expect(deleteSnapshot(dbPath, '2013-13-01')).rejects.toThrow('格式不正确');
		expect(Object.keys((await counts()).snapshots)).toEqual(['2016-12-31']);
		expect(existsSync(`${dbPath}.lock`)).toBe(false);
	});
});
