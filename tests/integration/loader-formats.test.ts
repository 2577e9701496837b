import { join } from 'node:path';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/lib/server/db/database.ts';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { emptyDatabase, engineAt } from './support/engine.ts';
import {
	ENROLMENT_COLUMNS, PERSON_COLUMNS, csvText, enrolment, enrolmentsFor, person, tempDir, validId, writeSnapshot
} from './support/snapshot-builder.ts';

// docs/spec/SNAPSHOT.md: CSV in UTF-8 (with or without BOM) or GB18030, comma or tab; headers by indicator code
// or Chinese name; dates YYYYMMDD or ISO; Parquet and XLSX; codes never turned into numbers.
const CHINESE: Record<string, string> = {
	AAC001: '人员编号', AAC003: '姓名', AAC004: '性别', AAC002: '公民身份号码', AAC006: '出生日期', AAC012: '个人身份',
	AAC009: '户口性质', AAC010: '户口所在地', AAE006: '常住所在地地址', AAB401: '户口簿编号', AAB402: '家庭编号',
	AAB301: '行政区划编码', AAE005: '联系电话', AIC003: '养老保险参保状态', AKC003: '医疗保险参保状态',
	ALC003: '工伤保险参保状态', AJC003: '失业保险参保状态', AMC003: '生育保险参保状态', AAE011: '经办人', AAE036: '经办时间',
	AAE014: '复核人', AAE015: '复核时间', hj_local: '本地户籍标识', reg_status: '登记入库方式', employment: '就业状态',
	AAB001: '单位编号', scheme: '参保险种', status: '参保状态', start_date: '参保日期'
};

function sample() {
	// the X check letter and a leading-zero-free 12-digit village code must survive as text
	const withX = validId('520102', '19950821', '102');
	const a = person({ AAC002: withX.toLowerCase(), AAC006: '1995-08-21', AAC004: '2', AAB301: '520328101200', AIC003: '12', AKC003: '23', AAC003: '石慧' });
	const b = person({ AIC003: '91', AKC003: '21', AAC003: '王伟' });
	return { persons: [a, b], enrolments: [...enrolmentsFor(a), ...enrolmentsFor(b)], withX };
}

async function loadFolder(folder: string) {
	const dbPath = join(tempDir(), 'f.duckdb');
	await emptyDatabase(dbPath);
	await loadSnapshots(dbPath, [folder]);
	return engineAt(dbPath);
}

async function expectSampleLoaded(e: Awaited<ReturnType<typeof loadFolder>>, withX: string) {
	const m = await e.metrics();
	expect(m['pension.insured_local']).toBe(1);
	expect(m['pension.uninsured_individual']).toBe(1);
	expect(m.id_invalid).toBe(0);
	expect(m.status_conflict).toBe(0);
	expect(m.id_birth_mismatch).toBe(0);
	const rows = await e.sql<{ id: string; aab301: string; aac003: string }>(`SELECT id, aab301, aac003 FROM persons ORDER BY line_no`);
	expect(rows[0]).toEqual({ id: withX, aab301: '520328101200', aac003: '石慧' });
	expect(rows[1].aac003).toBe('王伟');
	expect((await e.metrics('520328101200'))['pension.insured']).toBe(1);
}

describe('snapshot file formats', () => {
	it('reads GB18030 with Chinese headers and tab separators', async () => {
		const { persons, enrolments, withX } = sample();
		const folder = writeSnapshot(tempDir(), { asOf: '2016-12-31', persons, enrolments }, { encoding: 'gb18030', delimiter: '\t', headers: CHINESE });
		await expectSampleLoaded(await loadFolder(folder), withX);
	});

	it('reads UTF-8 with a BOM and no manifest (as-of from the folder name, scope from the data)', async () => {
		const { persons, enrolments, withX } = sample();
		const folder = writeSnapshot(tempDir(), { asOf: '2016-12-31', persons, enrolments }, { encoding: 'utf8-bom', manifest: null });
		const e = await loadFolder(folder);
		await expectSampleLoaded(e, withX);
		expect(await e.sql(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of, scope FROM snapshots`)).toEqual([{ as_of: '2016-12-31', scope: '52' }]);
	});

	it('trims spaces, tabs, line breaks and the full-width space from every value; blank becomes missing', async () => {
		const id = validId('520102', '19800101', '101');
		const padded = person({ AAC002: ` ${id}\t`, AAC003: '\u3000石慧 ', AAB301: '\t520102016', AAE005: ' \u3000 ', AIC003: '12\r\n', AKC003: ' 23' });
		const clean = person({ AAC003: '王伟', AIC003: '91', AKC003: '91' });
		// white space inside a value is kept: only the ends are trimmed
		const inner = person({ AAC003: '阿依 古丽', AAE006: '中华北路\u3000号', AIC003: '91', AKC003: '91' });
		const folder = writeSnapshot(tempDir(), {
			asOf: '2016-12-31',
			persons: [padded, clean, inner],
			enrolments: [enrolment({ AAC002: `${id} `, scheme: ' 12', AAB301: '520102016\u3000' }), enrolment({ AAC002: id, scheme: '23' })]
		});
		const e = await loadFolder(folder);
		expect(await e.sql(`SELECT aac002, aac003, aab301, aae005, aic003, akc003 FROM persons ORDER BY line_no`)).toEqual([
			{ aac002: id, aac003: '石慧', aab301: '520102016', aae005: null, aic003: '12', akc003: '23' },
			{ aac002: clean.AAC002, aac003: '王伟', aab301: clean.AAB301, aae005: clean.AAE005 ?? null, aic003: '91', akc003: '91' },
			{ aac002: inner.AAC002, aac003: '阿依 古丽', aab301: inner.AAB301, aae005: inner.AAE005 ?? null, aic003: '91', akc003: '91' }
		]);
		expect(await e.sql(`SELECT aae006 FROM persons WHERE line_no = 4`)).toEqual([{ aae006: '中华北路\u3000号' }]);
		expect(await e.sql(`SELECT id, scheme, aab301 FROM enrolments ORDER BY line_no`)).toEqual([
			{ id, scheme: '12', aab301: '520102016' },
			{ id, scheme: '23', aab301: '520102016' }
		]);
		// the padded person counts as insured in both schemes, with no status conflict
		const m = await e.metrics();
		expect(m['pension.insured_local']).toBe(1);
		expect(m.status_conflict).toBe(0);
	});

	it('trims values on unquoted lines: LF or CRLF ends, comma or tab separators (the white-space scan)', async () => {
		const id = validId('520102', '19800101', '101');
		const plain = (name: string) => person({ AAC003: name, AIC003: '91', AKC003: '91' });
		// spaces and U+3000 need no quotes, so the scan numbers these lines (3 and 5) for the trim test
		const spacedA = person({ AAC003: ' 石慧', AAB301: '520102016 ', AIC003: '91', AKC003: '91' });
		const spacedB = person({ AAC002: `\u3000${id}`, AIC003: '12 ', AKC003: '91' });
		const persons = [plain('王伟'), spacedA, plain('李娜'), spacedB, plain('阿依 古丽')];
		for (const [lineEnd, delimiter] of [['\n', ','], ['\r\n', ','], ['\n', '\t']] as const) {
			const enrolments = [enrolment({ AAC002: id, scheme: '12' })];
			const folder = writeSnapshot(tempDir(), { asOf: '2016-12-31', persons, enrolments }, { delimiter });
			const path = join(folder, 'persons.csv');
			const text = readFileSync(path, 'utf8');
			expect(text).not.toContain('"');
			writeFileSync(path, text.replace(/\n/g, lineEnd));
			const e = await loadFolder(folder);
			expect(await e.sql(`SELECT line_no, aac002, aac003, aab301, aic003 FROM persons ORDER BY line_no`)).toEqual([
				{ line_no: 2, aac002: persons[0].AAC002, aac003: '王伟', aab301: persons[0].AAB301, aic003: '91' },
				{ line_no: 3, aac002: spacedA.AAC002, aac003: '石慧', aab301: '520102016', aic003: '91' },
				{ line_no: 4, aac002: persons[2].AAC002, aac003: '李娜', aab301: persons[2].AAB301, aic003: '91' },
				{ line_no: 5, aac002: id, aac003: spacedB.AAC003, aab301: spacedB.AAB301, aic003: '12' },
				{ line_no: 6, aac002: persons[4].AAC002, aac003: '阿依 古丽', aab301: persons[4].AAB301, aic003: '91' }
			]);
			const m = await e.metrics();
			expect([m['pension.insured_local'], m.id_invalid, m.status_conflict]).toEqual([1, 0, 0]);
		}
	});

	it('reads Parquet files', async () => {
		const { persons, enrolments, withX } = sample();
		const csvFolder = writeSnapshot(tempDir(), { asOf: '2016-12-31', persons, enrolments });
		const folder = join(tempDir(), '2016-12-31');
		mkdirSync(folder);
		const db = await Database.open(':memory:', { readOnly: false });
		for (const table of ['persons', 'enrolments']) {
			await db.run(`COPY (SELECT * FROM read_csv('${join(csvFolder, table + '.csv')}', all_varchar = true)) TO '${join(folder, table + '.parquet')}' (FORMAT parquet)`);
		}
		db.close();
		writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ as_of: '2016-12-31', scope: '52' }));
		const fromParquet = await loadFolder(folder);
		await expectSampleLoaded(fromParquet, withX);
		// rows keep the line numbers the same data has as CSV (Parquet is read in place, not staged)
		const lines = (e: typeof fromParquet) =>
			e.sql(`SELECT 'p' AS t, line_no, aac002 FROM persons UNION ALL SELECT 'e', line_no, aac002 FROM enrolments ORDER BY ALL`);
		expect(await lines(fromParquet)).toEqual(await lines(await loadFolder(csvFolder)));
	});

	it('reads XLSX workbooks (first sheet), keeping codes as text', async () => {
		const { persons, enrolments, withX } = sample();
		const folder = join(tempDir(), '2016-12-31');
		mkdirSync(folder);
		for (const [table, columns, rows] of [['persons', PERSON_COLUMNS, persons], ['enrolments', ENROLMENT_COLUMNS, enrolments]] as const) {
			const book = new ExcelJS.Workbook();
			const sheet = book.addWorksheet('Sheet1');
			sheet.addRow(columns.map((c) => CHINESE[c] ?? c));
			for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? ''));
			await book.xlsx.writeFile(join(folder, `${table}.xlsx`));
		}
		await expectSampleLoaded(await loadFolder(folder), withX);
	});

	it('loading the same as-of date again replaces that snapshot', async () => {
		const dir = tempDir();
		const dbPath = join(dir, 'r.duckdb');
		await emptyDatabase(dbPath);
		const first = sample();
		await loadSnapshots(dbPath, [writeSnapshot(join(dir, 'one'), { asOf: '2016-12-31', persons: first.persons, enrolments: first.enrolments })]);
		const again = [person({ AIC003: '91', AKC003: '91' })];
		// one person where there were many: a sharp shrink, loaded only when confirmed (shrink-guard.ts)
		await loadSnapshots(dbPath, [writeSnapshot(join(dir, 'two'), { asOf: '2016-12-31', persons: again, enrolments: [enrolment({ AAC002: 'X', scheme: '11' })] })], { confirmShrink: true });
		const e = await engineAt(dbPath);
		expect(await e.sql(`SELECT count(*) AS n FROM snapshots`)).toEqual([{ n: 1 }]);
		const m = await e.metrics();
		expect(m['pension.uninsured']).toBe(1);
		expect(m['pension.insured']).toBe(0);
		expect(m.enrolment_unmatched).toBe(1);
		rmSync(dir, { recursive: true, force: true });
	});

	it('keeps rows with bad values and counts them: nothing is dropped', async () => {
		const rows = [person({ AAC002: 'not-an-id', AIC003: 'XX', AAB301: '' }), person()];
		const e = await loadFolder(writeSnapshot(tempDir(), { asOf: '2016-12-31', persons: rows, enrolments: enrolmentsFor(rows[1]) }));
		expect(await e.sql(`SELECT count(*) AS n FROM persons`)).toEqual([{ n: 2 }]);
		const m = await e.metrics();
		expect([m.id_invalid, m.invalid_code, m.missing_required]).toEqual([1, 1, 1]);
	});

	it('accepts 行政区划编码 as the enrolments place header', async () => {
		const p = person({ AIC003: '11', AKC003: '95' });
		const dir = tempDir();
		const folder = writeSnapshot(dir, { asOf: '2016-12-31', persons: [p] });
		writeFileSync(join(folder, 'enrolments.csv'), csvText(ENROLMENT_COLUMNS, enrolmentsFor(p), ',', { AAB301: '行政区划编码' }));
		expect((await (await loadFolder(folder)).metrics()).status_conflict).toBe(0);
	});
});
