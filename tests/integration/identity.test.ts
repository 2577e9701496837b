import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Database } from '../../src/lib/server/db/database.ts';
import { ensureSchema } from '../../src/lib/server/db/schema.ts';
import { checkChar, tempDir } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "Identity": the SQL macros that validate and normalise 公民身份号码, on hand-made ids.
let db: Database;
beforeAll(async () => {
	db = await Database.open(join(tempDir(), 'id.duckdb'), { readOnly: false });
	await ensureSchema(db);
});
afterAll(() => db.close());

async function classify(raw: string | null) {
	const [row] = await db.all<{ kind: string | null; id: string | null; birth: string | null; sex: string | null }>(
		`SELECT id_kind(id_upper($raw)) AS kind, id_normalise(id_upper($raw), id_kind(id_upper($raw))) AS id,
			strftime(id_birth(id_normalise(id_upper($raw), id_kind(id_upper($raw))), id_kind(id_upper($raw))), '%Y%m%d') AS birth,
			id_sex(id_normalise(id_upper($raw), id_kind(id_upper($raw))), id_kind(id_upper($raw))) AS sex`,
		{ raw }
	);
	return row;
}

describe('GB 11643 in SQL', () => {
	it('accepts an 18-digit number with the right check digit', async () => {
		expect(await classify('520102197503120234')).toEqual({ kind: 'valid18', id: '520102197503120234', birth: '19750312', sex: '1' });
	});
	it('trims and upper-cases a lower-case x', async () => {
		expect((await classify('  52010219950821102x ')).id).toBe('52010219950821102X');
		expect((await classify('52010219950821102x')).kind).toBe('valid18');
	});
	it('converts a valid 15-digit number to 18 digits (19 + check digit)', async () => {
		const converted = await classify('520102680616038');
		expect(converted.kind).toBe('valid15');
		// by hand: 520102 + 19 + 680616038 = 52010219680616038, check digit computed independently
		expect(converted.id).toBe('52010219680616038' + checkChar('52010219680616038'));
		expect(converted.id).toBe('520102196806160386');
		expect(converted.sex).toBe('2'); // sequence 038: 8 is even → 女
	});
	it('flags a wrong check digit and an impossible birth date as invalid, keeping the text for matching', async () => {
		expect(await classify('520102197810100450')).toMatchObject({ kind: 'invalid', id: '520102197810100450', birth: null });
		expect((await classify('520102196602300463')).kind).toBe('invalid'); // 1966-02-30
		expect((await classify('520102990230041')).kind).toBe('invalid'); // 15 digits, 1999-02-30
		expect((await classify('52010219750312023')).kind).toBe('invalid'); // 17 digits
		expect((await classify('52010219750312023A')).kind).toBe('invalid');
	});
	it('treats a blank number as missing', async () => {
		expect(await classify('   ')).toEqual({ kind: null, id: null, birth: null, sex: null });
		expect(await classify(null)).toEqual({ kind: null, id: null, birth: null, sex: null });
	});
	it('computes the check digit for every remainder (X and 0 included)', async () => {
		for (const first17 of ['11010519491231002', '44052418800101001', '52010219800101002', '52010219800101010']) {
			const [row] = await db.all<{ c: string }>('SELECT id_check_char($s) AS c', { s: first17 });
			expect(row.c).toBe(checkChar(first17));
		}
	});
	it('id_key (the enrolments key, validating only 15-character ids) equals the full normalisation', async () => {
		const ids = ['520102197503120234', '52010219950821102x', '520102680616038', '520102990230041', '52010219750312023',
			'52010219750312023A', '5201026806160381', 'ABC', '   ', null];
		for (const raw of ids) {
			const [row] = await db.all<{ key: string | null; full: string | null }>(
				`SELECT id_key(id_upper($raw)) AS key, id_normalise(id_upper($raw), id_kind(id_upper($raw))) AS full`,
				{ raw }
			);
			expect(row.key, String(raw)).toBe(row.full);
		}
		const [converted] = await db.all<{ key: string }>(`SELECT id_key('520102680616038') AS key`);
		expect(converted.key).toBe('520102196806160386'); // by hand, as above
	});
});
