import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeWorkStore, workStore } from './work-store.ts';

describe('work store', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('keeps committed rows across a reopen and rolls back a failed transaction', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'canbao-store-'));
		dirs.push(dir);
		const path = join(dir, 'work.duckdb');
		const store = await workStore(path);
		await store.ensure('store-meta');
		await store.transaction((db) => db.run(`INSERT INTO store_meta (name) VALUES ('a')`));
		await expect(
			store.transaction(async (db) => {
				await db.run(`INSERT INTO store_meta (name) VALUES ('b')`);
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		await closeWorkStore(path);
		const again = await workStore(path);
		const rows = await again.all<{ name: string }>('SELECT name FROM store_meta ORDER BY name');
		expect(rows.map((r) => r.name)).toEqual(['a']);
		await closeWorkStore(path);
	});
});
