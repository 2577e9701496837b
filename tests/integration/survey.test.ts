// docs/spec/METRICS.md "入户调查 worklist" and docs/spec/INTERFACE.md `canbao survey --json`: a fixture worked by hand
// (shared and blank 家庭编号, the same key in two villages, 本级 rows, blank surveyor, unreviewed rows,
// code-point order), the CLI's JSON shape, and counts per village recomputed with plain DuckDB SQL
// from a generated snapshot's persons.csv (independently of the loader and the survey SQL).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, engineAt } from './support/engine.ts';
import { person, tempDir, writeSnapshot, type Row } from './support/snapshot-builder.ts';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { Database } from '../../src/lib/server/db/database.ts';
import { buildSurvey, surveyJson } from '../../src/lib/server/views/survey/worklist.ts';
import { generateProvince } from '../../src/lib/server/generate/generate-province.ts';

const T = '520102016'; // 新华路街道: reference villages 001 … 007
const V1 = `${T}001`;
const V2 = `${T}002`;
const toVisit = (code: string, key: string, extra: Row = {}) => person({ AAB301: code, AAB402: key, reg_status: '31', ...extra });
const verified = (code: string, surveyor: string, reviewer: string) => person({ AAB301: code, reg_status: '32', AAE011: surveyor, AAE014: reviewer });

const LEGACY = '520102790101123';
const persons: Row[] = [
	// village 001: H1 twice (one household), H2, two blank keys (each its own household) → 5 persons, 4 households
	toVisit(V1, 'H1'), toVisit(V1, 'H1'), toVisit(V1, 'H2'), toVisit(V1, ''), toVisit(V1, '  '),
	// village 002: H1 again (another household: another village), H3 twice, once padded → 3 persons, 2 households
	toVisit(V2, 'H1'), toVisit(V2, ' H3 '), toVisit(V2, 'H3'),
	// 本级 of the township: a village code without a reference name, and the township's own code → 3 persons, 3 households
	toVisit(`${T}099`, 'H1'), toVisit(T, 'H4'), toVisit(T, ''),
	// not to visit, or elsewhere
	person({ AAB301: V1, AAB402: 'H9', reg_status: '11' }),
	toVisit('520102017', 'H1'),
	// blank AAB301: at the scope (52), so in the province's 本级 row only
	toVisit('', ''),
	// verified rows of the township: surveyors 张敏花 (4, 3 reviewed), blank (1, 1), 阿 (padded; 1, 0),
	// 﨑田 (U+FA11; 1, 0), 𠮷野 (U+20BB7; 1, 1); reviewers 李平 3, 王五 2; unreviewed 3
	verified(V1, '张敏花', '李平'), verified(V1, '张敏花', '李平'), verified(V1, '张敏花', ''), verified(V1, '', '王五'),
	verified(V2, ' 阿 ', ''), verified(V2, '𠮷野', '李平'), verified(V2, '张敏花', '王五'),
	verified(T, '﨑田', ''),
	verified('520102017', '张敏花', '李平'),
	// for the look-up: a valid 15-digit number (520102 790101 123; the builder's ids are born 1980), pension enrolled, medical 21 without an enrolment
	person({ AAC003: '旧号码', AAC002: LEGACY, AAC006: '19790101', AAB301: V1, reg_status: '11' })
];

let loaded: Promise<string> | null = null;
/** The fixture's database, loaded once for this file (the tests only read it). */
function fixture(): Promise<string> {
	return (loaded ??= loadFixture());
}

async function loadFixture() {
	const dir = tempDir();
	const dbPath = join(dir, 'test.duckdb');
	await emptyDatabase(dbPath);
	const enrolments = [{ AAC002: LEGACY, AAC003: '旧号码', scheme: '11', AAB301: '520102016', status: '1', AAB001: '', start_date: '20150101' }];
	await loadSnapshots(dbPath, [writeSnapshot(join(dir, 'in'), { asOf: '2016-12-31', persons, enrolments })]);
	return dbPath;
}

async function survey(dbPath: string, region: string) {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		return await buildSurvey(db, region, undefined);
	} finally {
		db.close();
	}
}

describe('canbao survey on a fixture worked by hand', () => {
	it('counts persons and households per reference village, the 本级 row and the total of a township', async () => {
		const dbPath = await fixture();
		const s = await survey(dbPath, T);
		expect(s.region).toEqual({ code: T, name: '新华路街道', level: 'township' });
		expect(s.rows.map((r) => r.code)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${T}00${n}`));
		expect(s.rows[0]).toEqual({ code: V1, name: '纪念塔社区', persons: 5, households: 4 });
		expect(s.rows[1]).toEqual({ code: V2, name: '新华路社区', persons: 3, households: 2 });
		expect(s.rows.slice(2).every((r) => r.persons === 0 && r.households === 0)).toBe(true);
		expect(s.own).toEqual({ persons: 3, households: 3 });
		// total: keys H1 H2 H3 H4 once each over the township, plus the 3 blank-keyed rows
		expect(s.total).toEqual({ persons: 11, households: 7 });
		// code-point order: '' < 张 (U+5F20) < 阿 (U+963F) < 﨑 (U+FA11) < 𠮷 (U+20BB7); UTF-16 order would put 𠮷 before 﨑
		expect(s.surveyors).toEqual([
			{ name: '', verified: 1, reviewed: 1 },
			{ name: '张敏花', verified: 4, reviewed: 3 },
			{ name: '阿', verified: 1, reviewed: 0 },
			{ name: '﨑田', verified: 1, reviewed: 0 },
			{ name: '𠮷野', verified: 1, reviewed: 1 }
		]);
		expect(s.reviewers).toEqual([{ name: '李平', reviewed_by: 3 }, { name: '王五', reviewed_by: 2 }]);
		expect(s.unreviewed).toBe(3);
		// 核实进度 beside the rows: village 001 has 4 verified and 5 to visit
		expect(s.progress[V1]).toEqual({ verified: 4, rate: 4 / 9 });
		expect(s.progress.own).toEqual({ verified: 1, rate: 1 / 4 });
		expect(s.progress.total).toEqual({ verified: 8, rate: 8 / 19 });
	});

	it('puts blank AAB301 rows in the province 本级 row and counts a key once over the region', async () => {
		const dbPath = await fixture();
		const s = await survey(dbPath, '52');
		const guiyang = s.rows.find((r) => r.code === '5201')!;
		// 11 in the township + 1 in 520102017; keys H1 H2 H3 H4 + blanks (3) over 贵阳市
		expect(guiyang).toEqual({ code: '5201', name: '贵阳市', persons: 12, households: 7 });
		expect(s.own).toEqual({ persons: 1, households: 1 });
		expect(s.total).toEqual({ persons: 13, households: 8 });
		expect(s.surveyors.find((r) => r.name === '张敏花')).toEqual({ name: '张敏花', verified: 5, reviewed: 4 });
		// a county: the township's 9-digit row reaches the township, the 本级 row is empty
		const county = await survey(dbPath, '520102');
		expect(county.rows.find((r) => r.code === T)).toMatchObject({ persons: 11, households: 7 });
		expect(county.rows.find((r) => r.code === '520102017')).toMatchObject({ persons: 1, households: 1 });
		expect(county.own).toEqual({ persons: 0, households: 0 });
		// a village: no children, everything at 本级
		const village = await survey(dbPath, V1);
		expect(village.rows).toEqual([]);
		expect(village.own).toEqual({ persons: 5, households: 4 });
		expect(village.total).toEqual({ persons: 5, households: 4 });
	});

	it('prints exactly the docs/spec/INTERFACE.md object from the CLI', async () => {
		const dbPath = await fixture();
		const out = execFileSync('node', ['bin/canbao.js', 'survey', '--region', T, '--db', dbPath, '--json'], { encoding: 'utf8' });
		const json = JSON.parse(out);
		expect(Object.keys(json)).toEqual(['snapshot', 'region', 'rows', 'own', 'total', 'surveyors', 'reviewers', 'unreviewed']);
		expect(json).toEqual(surveyJson(await survey(dbPath, T)));
		expect(json.snapshot).toBe('2016-12-31');
		expect(Object.keys(json.rows[0])).toEqual(['code', 'name', 'persons', 'households']);
	});
});

describe('canbao survey on a generated province', () => {
	it('matches counts per village recomputed from persons.csv', async () => {
		const dir = tempDir();
		const out = join(dir, 'gen');
		await generateProvince({ out, persons: 20_000, seed: 7, scope: '52', format: 'csv', threads: 2, from: '2017-12-31', to: '2017-12-31' });
		const dbPath = join(dir, 'gen.duckdb');
		await emptyDatabase(dbPath);
		await loadSnapshots(dbPath, [join(out, '2017-12-31')]);
		// independent path: the CSV read with plain DuckDB, values trimmed here, blank keys made unique per line
		const con = await (await DuckDBInstance.create(':memory:')).connect();
		const csv = join(out, '2017-12-31', 'persons.csv').replaceAll("'", "''");
		const reader = await con.runAndReadAll(`
			WITH p AS (SELECT nullif(trim(AAB301), '') AS code, nullif(trim(AAB402), '') AS hh, trim(reg_status) AS rs, row_number() OVER () AS n
				FROM read_csv('${csv}', all_varchar = true, header = true))
			SELECT code, count(*)::INT AS persons, count(DISTINCT coalesce('k' || hh, 'blank' || n))::INT AS households
			FROM p WHERE rs = '31' AND length(code) = 12 GROUP BY code`);
		const expected = new Map((reader.getRowObjectsJS() as { code: string; persons: number; households: number }[]).map((r) => [r.code, r]));
		expect(expected.size).toBeGreaterThan(20);
		const townships = [...new Set([...expected.keys()].map((c) => c.slice(0, 9)))].slice(0, 12);
		const e = await engineAt(dbPath);
		let checked = 0;
		for (const township of townships) {
			const s = await survey(dbPath, township);
			for (const row of s.rows) {
				const want = expected.get(row.code);
				expect({ code: row.code, persons: row.persons, households: row.households }).toEqual({ code: row.code, persons: want?.persons ?? 0, households: want?.households ?? 0 });
				if (want) checked++;
			}
			// the rows plus the 本级 row give the township's persons to visit (a second path: the metrics' to_verify − verified)
			const m = await e.metrics(township, '2017-12-31');
			expect(s.rows.reduce((n, r) => n + r.persons, 0) + s.own.persons).toBe((m.to_verify as number) - (m.verified as number));
			expect(s.total.persons).toBe((m.to_verify as number) - (m.verified as number));
		}
		expect(checked).toBeGreaterThan(10);
	}, 300_000);
});

describe('the survey pack', () => {
	it('groups a township pack by village and household, the 本级 section last, and writes it as Excel', async () => {
		const { buildPack } = await import('../../src/lib/server/views/survey/pack.ts');
		const { packWorkbook } = await import('../../src/lib/server/views/survey/pack-xlsx.ts');
		const ExcelJS = (await import('exceljs')).default;
		const dbPath = await fixture();
		const db = await Database.open(dbPath, { readOnly: true });
		const pack = await buildPack(db, T, undefined).finally(() => db.close());
		expect(pack.sections.map((s) => [s.code, s.name, s.own])).toEqual([[V1, '纪念塔社区', false], [V2, '新华路社区', false], [T, '新华路街道本级', true]]);
		// households: keyed first (by key), then each blank-keyed row alone
		expect(pack.sections[0].households.map((h) => [h.key, h.persons.length])).toEqual([['H1', 2], ['H2', 1], [null, 1], [null, 1]]);
		expect(pack.sections[1].households.map((h) => [h.key, h.persons.length])).toEqual([['H1', 1], ['H3', 2]]);
		expect(pack.sections[2].households.map((h) => h.key)).toEqual(['H1', 'H4', null]);
		expect(pack.sections[0].regionLine).toEqual(['贵州省', '贵阳市', '南明区', '新华路街道', '纪念塔社区']);
		expect([pack.persons, pack.households]).toEqual([11, 9]); // households per village: 4 + 2 + 3
		const first = pack.sections[0].households[0].persons[0];
		expect(first).toMatchObject({ aac003: '测试', aac010: '贵州省贵阳市南明区', aae006: '贵州省贵阳市南明区新华路1号', aae005: '13900000000', aic003: '11', household: 'H1' });
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await packWorkbook(pack)) as unknown as ArrayBuffer);
		expect(book.worksheets.map((s) => s.name)).toEqual(['全民参保登记表', '汇总表-纪念塔社区', '汇总表-新华路社区', '汇总表-新华路街道本级']);
		const forms = book.worksheets[0];
		const ids: string[] = [];
		forms.eachRow((row) => row.getCell(1).value === '公民身份号码' || row.getCell(4).value === '公民身份号码' ? ids.push(String(row.getCell(5).value)) : undefined);
		expect(ids).toEqual(pack.sections.flatMap((s) => s.households.flatMap((h) => h.persons.map((p) => p.aac002))));
		const summary = book.worksheets[1];
		expect(summary.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:4', fitToWidth: 1 });
		const numbered: unknown[] = [];
		summary.eachRow((row, n) => n > 4 && typeof row.getCell(1).value === 'number' && numbered.push(row.getCell(3).value));
		expect(numbered).toHaveLength(5);
		expect(summary.getCell(5, 9).border?.top?.style).toBe('thin');
	});

	it('is refused above township level', async () => {
		const dbPath = await fixture();
		const run = () => execFileSync('node', ['bin/canbao.js', 'survey', '--region', '520102', '--db', dbPath, '--xlsx', join(tempDir(), 'x.xlsx')], { encoding: 'utf8', stdio: 'pipe' });
		expect(run).toThrow(/9 位或 12 位/);
	});
});

describe('person look-up by 公民身份号码', () => {
	it('finds the record by its 18-digit form, with statuses, enrolments and data-quality reasons; nothing outside the scope', async () => {
		const { lookupPerson, normaliseId } = await import('../../src/lib/server/views/survey/lookup.ts');
		const { codeNames } = await import('../../src/lib/server/persons/code-names.ts');
		const { validId } = await import('./support/snapshot-builder.ts');
		const eighteen = validId('520102', '19790101', '123');
		expect(normaliseId(` ${LEGACY} `)).toBe(eighteen);
		const dbPath = await fixture();
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			const names = await codeNames(db);
			const found = await lookupPerson(db, eighteen, '5201', names);
			expect(found.found).toBe(true);
			expect(found.records).toHaveLength(1);
			const r = found.records[0];
			expect(r).toMatchObject({ snapshot: '2016-12-31', code: V1, place: '纪念塔社区', name: '旧号码', id: LEGACY, regStatus: '本地参保直接入库' });
			expect(r.statuses[0]).toEqual({ label: '养老保险', value: '已参加城镇职工基本养老保险' });
			expect(r.reasons.map((x) => x.split('：')[0])).toEqual(['15位旧身份号码', '参保状态与参保记录矛盾']);
			expect(found.enrolments).toEqual([{ snapshot: '2016-12-31', scheme: '城镇职工基本养老保险', place: '520102016', status: '参保缴费', unit: '', start: '20150101', active: true }]);
			expect((await lookupPerson(db, LEGACY, '5203', names)).found).toBe(false);
		} finally {
			db.close();
		}
	});
});
