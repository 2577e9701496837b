import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshots, LoadRefusal, type LoadSummary } from '../../src/lib/server/load/index.ts';
import { Database } from '../../src/lib/server/db/database.ts';
import { emptyDatabase, engineAt } from './support/engine.ts';
import { tempDir } from './support/snapshot-builder.ts';
import {
	AS_OF, EXAMPLE, copyExample, csv, exampleTable, personsRows, writeXlsx, type Cell, type Table
} from '../fixtures/office/make-corpus.ts';

// Issue 15 (and issue 14 findings 3, 9, 10): the example snapshot as office staff write it. Every case
// either loads with exactly the clean example's figures (metrics of the province and both prefectures,
// and every persons row's derived columns), or is refused with a Chinese message naming what is wrong,
// the database left byte for byte as it was.

const P12_ID = '520102197810100450'; // the example's invalid id, line 13 of persons.csv
const P09_ID = '520102680616038'; // the 15-digit legacy id

type Engine = Awaited<ReturnType<typeof engineAt>>;

async function figures(e: Engine) {
	return {
		m52: await e.metrics('52'),
		m5201: await e.metrics('5201'),
		m5203: await e.metrics('5203'),
		persons: await e.sql(
			`SELECT id, id_kind, aac003, strftime(birth, '%Y-%m-%d') AS birth, age_band, code, unit_type,
				dq_id_invalid, dq_id_legacy15, dq_id_birth_mismatch, dq_id_gender_mismatch, dq_id_duplicate,
				dq_missing_required, dq_invalid_code, dq_reg_inconsistent, dq_status_conflict, dq_birth_unreadable
			FROM persons ORDER BY id, aac003, code`
		)
	};
}

let baseline: Awaited<ReturnType<typeof figures>>;
let root: string;

async function loadInto(folders: string[]): Promise<{ e: Engine; summaries: LoadSummary[] }> {
	const dbPath = join(tempDir(), 'office.duckdb');
	await emptyDatabase(dbPath);
	const summaries = await loadSnapshots(dbPath, folders);
	return { e: await engineAt(dbPath), summaries };
}

/** Loads the folder and expects exactly the clean example's figures. */
async function expectSameFigures(folder: string): Promise<{ e: Engine; summary: LoadSummary }> {
	const { e, summaries } = await loadInto([folder]);
	expect(await figures(e)).toEqual(baseline);
	return { e, summary: summaries[0] };
}

let live: string;
const hash = () => createHash('sha256').update(readFileSync(live)).digest('hex');

/** The load is refused with a message matching `message`, and the live database is unchanged. */
async function expectRefused(folders: string | string[], message: RegExp, where: Partial<LoadRefusal> = {}): Promise<string> {
	const before = hash();
	const tablesBefore = await contents();
	const error = await loadSnapshots(live, Array.isArray(folders) ? folders : [folders]).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(LoadRefusal);
	const text = (error as LoadRefusal).message;
	expect(text).toMatch(message);
	expect(error).toMatchObject(where);
	// no English engine text, no server path
	expect(text).not.toMatch(/Error|Invalid|DuckDB|CSV Error|\/tmp\/|\/work\//);
	expect(hash()).toBe(before);
	expect(await contents()).toEqual(tablesBefore);
	return text;
}

async function contents() {
	const e = await engineAt(live);
	return {
		snapshots: await e.sql(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of, scope, persons, enrolments FROM snapshots ORDER BY as_of`),
		persons: await e.sql(`SELECT as_of::VARCHAR AS as_of, line_no, id, aac003 FROM persons ORDER BY as_of, line_no`),
		enrolments: await e.sql(`SELECT count(*) AS n FROM enrolments`)
	};
}

const folder = (name: string) => copyExample(join(root, name));
const personsTable = () => exampleTable('persons');
const col = (t: Table, name: string) => t.header.indexOf(name);

beforeAll(async () => {
	root = tempDir();
	const { e } = await loadInto([EXAMPLE]);
	baseline = await figures(e);
	live = join(root, 'live.duckdb');
	await emptyDatabase(live);
	await loadSnapshots(live, [EXAMPLE]);
}, 120_000);

describe('office CSV files that load as the example', () => {
	it('empty lines, bare commas, white-space rows and mixed line endings: skipped, counted, lines as an editor shows them', async () => {
		const t = personsTable();
		const lines = csv(t).trimEnd().split('\n');
		// header, rows 1–3, an empty line, rows 4–9, a bare-comma line, rows …, a line of spaces, a line of spaced commas
		lines.splice(4, 0, '');
		lines.splice(11, 0, ','.repeat(t.header.length - 1));
		lines.splice(25, 0, '   ');
		lines.splice(35, 0, ' ,\u3000, ,');
		const text = lines.map((l, i) => (i >= 5 && i <= 8 ? `${l}\r\n` : `${l}\n`)).join('');
		const f = folder('blank-lines');
		writeFileSync(join(f, 'persons.csv'), text);
		const { e, summary } = await expectSameFigures(f);
		expect(summary.blankRows).toEqual({ persons: 4 });
		const editorLine = text.split('\n').findIndex((l) => l.includes(P12_ID)) + 1;
		expect(editorLine).toBe(15);
		expect(await e.sql(`SELECT line_no FROM persons WHERE aac002 = '${P12_ID}'`)).toEqual([{ line_no: editorLine }]);
	});

	it('Excel "Unicode 文本": UTF-16 LE with a BOM, tab-separated, as persons.txt', async () => {
		const t = personsTable();
		const f = copyExample(join(root, 'utf16'), { without: ['persons.csv'] });
		const text = [t.header, ...t.rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
		writeFileSync(join(f, 'persons.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
		const { e } = await expectSameFigures(f);
		expect(await e.sql(`SELECT line_no FROM persons WHERE aac002 = '${P12_ID}'`)).toEqual([{ line_no: 13 }]);
	});

	it('title lines above the header, office header names (身份证号码, 户口性质（户籍地类别）, full-width brackets and spaces)', async () => {
		const t = personsTable();
		const names: Record<string, string> = {
			AAC003: '姓 名', AAC002: '身份证号码', AAC009: '户口性质（户籍地类别）', AAC006: '出生日期', AAB301: '行政区划代码',
			AIC003: '养老保险参保状态', hj_local: '是否本地户籍', AAE006: '常住地址'
		};
		const header = t.header.map((h) => names[h] ?? h);
		const text = `人员基础信息表（2016年四季度）${','.repeat(header.length - 1)}\n填报单位：贵州省\n${csv({ header, rows: t.rows })}`;
		const f = folder('title-lines');
		writeFileSync(join(f, 'persons.csv'), text);
		const { e } = await expectSameFigures(f);
		expect(await e.sql(`SELECT line_no FROM persons WHERE aac002 = '${P12_ID}'`)).toEqual([{ line_no: 15 }]);
		// 户口性质 was read: the rural-hukou (农民工) rows keep AAC009
		expect(await e.sql(`SELECT count(aac009) AS n FROM persons`)).toEqual(await (await loadInto([EXAMPLE])).e.sql(`SELECT count(aac009) AS n FROM persons`));
	});

	it('a header name with a line break in it ("公民身份\n号码", as a spreadsheet cell saves it)', async () => {
		const t = personsTable();
		const header = t.header.map((h) => (h === 'AAC002' ? '"公民身份\n号码"' : h === 'AAC003' ? '"姓\r\n名"' : h));
		const f = folder('header-break');
		writeFileSync(join(f, 'persons.csv'), csv({ header, rows: t.rows }));
		const { e } = await expectSameFigures(f);
		// the header takes lines 1–3: 潘俊's row is line 15
		expect(await e.sql(`SELECT line_no FROM persons WHERE aac002 = '${P12_ID}'`)).toEqual([{ line_no: 15 }]);
	});

	it('dates as YYYY/M/D and YYYY.MM.DD', async () => {
		const t = personsTable();
		const c = col(t, 'AAC006');
		t.rows.forEach((r, i) => {
			const d = r[c];
			if (/^\d{8}$/.test(d)) r[c] = i % 2 ? `${d.slice(0, 4)}/${Number(d.slice(4, 6))}/${Number(d.slice(6))}` : `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
		});
		const f = folder('dates');
		writeFileSync(join(f, 'persons.csv'), csv(t));
		await expectSameFigures(f);
	});

	it('a no-break space (U+00A0) after ids and names is trimmed like any white space', async () => {
		const t = personsTable();
		t.rows[0][col(t, 'AAC002')] += '\u00a0';
		t.rows[4][col(t, 'AAC003')] += '\u00a0';
		const f = folder('nbsp');
		writeFileSync(join(f, 'persons.csv'), csv(t));
		const { e } = await expectSameFigures(f);
		expect(await e.sql(`SELECT aac002 FROM persons WHERE line_no = 2`)).toEqual([{ aac002: '520102197503120234' }]);
	});

	it('trailing empty fields from a spreadsheet (a comma after every row) are not values', async () => {
		const t = personsTable();
		const f = folder('trailing');
		writeFileSync(join(f, 'persons.csv'), csv(t).replace(/\n/g, ',,\n'));
		await expectSameFigures(f);
	});
});

/** The persons sheet an office makes: title, merged group headers, a header with a line break, date cells. */
function officeSheetRows(): { rows: Cell[][]; p12Row: number; remarkRow: number } {
	const [header, ...data] = personsRows() as string[][];
	const aac006 = header.indexOf('AAC006');
	const aac002 = header.indexOf('AAC002');
	const named = header.map((h) => ({ AAC002: '公民身份\n号码', AAC009: '户口性质（户籍地类别）', AAC003: '姓名' })[h as 'AAC002'] ?? h);
	const rows: Cell[][] = [['人员基础信息表'], ['基本信息', ...Array(12).fill(null), '参保状态'], named];
	data.forEach((r, i) => {
		const row: Cell[] = [...r];
		const d = r[aac006];
		if (/^\d{8}$/.test(d)) {
			const date = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6))));
			// date cells, and Excel serial numbers in half the rows
			row[aac006] = i % 2 ? date : Math.round(date.getTime() / 86_400_000) + 25569;
		}
		if (r[aac002] === P09_ID) row[aac002] = Number(P09_ID); // a 15-digit id kept exactly by a number cell
		rows.push(row);
		if (i === 5) rows.push([], []); // two empty rows (bordered below)
	});
	const p12Row = rows.findIndex((r) => r.includes(P12_ID)) + 1;
	const remarkRow = 6;
	rows[remarkRow - 1] = [...rows[remarkRow - 1], null, '备注：此人已核实'];
	return { rows, p12Row, remarkRow };
}

describe('office XLSX workbooks that load as the example', () => {
	it('read as a person sees it: hidden sheet and a visible notes sheet skipped, header found under a title and merged group headers, empty rows counted, date cells and serials, a note for cells right of the header', async () => {
		const { rows, p12Row, remarkRow } = officeSheetRows();
		const f = copyExample(join(root, 'xlsx-office'), { without: ['persons.csv'] });
		const bordered = [10, 11, ...Array.from({ length: 200 }, (_, i) => rows.length + 1 + i)];
		await writeXlsx(join(f, 'persons.xlsx'), [
			{ name: '说明', state: 'hidden', rows: [['本表由系统导出'], ['姓名', '公民身份号码', '性别'], ['测试', '1', '1']] },
			{ name: '填表说明', rows: [['填表说明'], ['1. 公民身份号码一列请设为文本'], ['2. 日期写成 1975-03-12']] },
			{ name: '2016年四季度', rows, merges: ['A1:Z1', 'A2:M2', 'N2:R2'], borderedRows: bordered },
			{ name: 'Sheet3', rows: [] }
		]);
		const { e, summary } = await expectSameFigures(f);
		expect(summary.sheets).toEqual({ persons: '2016年四季度' });
		expect(summary.blankRows).toEqual({ persons: 202 });
		expect(summary.notes).toEqual([`persons.xlsx（工作表“2016年四季度”）表头右侧的单元格（第 ${remarkRow} 行起）没有列名，已忽略`]);
		expect(await e.sql(`SELECT line_no FROM persons WHERE aac002 = '${P12_ID}'`)).toEqual([{ line_no: p12Row }]);
		expect(p12Row).toBe(17);
	});

	it('several visible sheets with data: refused naming them in tab order; loads the one manifest.json names', async () => {
		const { rows } = officeSheetRows();
		const other = rows.map((r, i) => (i > 2 ? r.map((v, k) => (k === 13 ? '91' : v)) : r)); // 三季度: all pension 91
		const f = copyExample(join(root, 'xlsx-tabs'), { without: ['persons.csv'] });
		// stored 三季度 first, but the tabs show 四季度 first
		await writeXlsx(join(f, 'persons.xlsx'), [{ name: '2016年三季度', rows: other }, { name: '2016年四季度', rows }], ['2016年四季度', '2016年三季度']);
		await expectRefused(f, /persons\.xlsx 有 2 个含数据的可见工作表（“2016年四季度”、“2016年三季度”）.*manifest\.json/);
		writeFileSync(join(f, 'manifest.json'), JSON.stringify({ as_of: AS_OF, scope: '52', sheets: { persons: '2016年四季度' } }));
		const { summary } = await expectSameFigures(f);
		expect(summary.sheets).toEqual({ persons: '2016年四季度' });
		writeFileSync(join(f, 'manifest.json'), JSON.stringify({ as_of: AS_OF, scope: '52', sheets: { persons: '四季度' } }));
		await expectRefused(f, /persons\.xlsx 中没有 manifest\.json 指定的可见工作表“四季度”；工作簿中的工作表：“2016年三季度”、“2016年四季度”/);
	});
});

describe('ids a spreadsheet turned into numbers are refused before anything is written', () => {
	it('CSV saved by Excel/WPS (5.20102E+17) and by LibreOffice (5.2010219750312E+017)', async () => {
		const t = personsTable();
		const c = col(t, 'AAC002');
		t.rows.forEach((r) => {
			if (r[c].length === 18 && !/x$/i.test(r[c])) r[c] = Number(r[c]).toPrecision(6).replace('e+', 'E+');
		});
		const f = folder('sci-ids');
		writeFileSync(join(f, 'persons.csv'), csv(t));
		await expectRefused(f, /^persons\.csv 的 AAC002（公民身份号码）列第 2、4、5 行是科学计数法的数字.*该列被存成了数字，后几位已丢失；请在原系统中把该列设为文本后重新导出$/, { column: 'AAC002', line: 2 });
		const lo = personsTable();
		lo.rows[3][c] = '5.2010219750312E+017';
		writeFileSync(join(f, 'persons.csv'), csv(lo));
		await expectRefused(f, /AAC002（公民身份号码）列第 5 行/, { line: 5 });
	});

	it('other id columns: 联系电话 (AAE005), 家庭编号 (AAB402), 单位编号 (AAB001) in enrolments', async () => {
		const t = personsTable();
		t.rows[6][col(t, 'AAE005')] = '1.39085E+10';
		const f = folder('sci-phone');
		writeFileSync(join(f, 'persons.csv'), csv(t));
		await expectRefused(f, /persons\.csv 的 AAE005（联系电话）列第 8 行/);
		const g = folder('sci-family');
		const u = personsTable();
		u.rows[0][col(u, 'AAB402')] = '1.2E+19';
		writeFileSync(join(g, 'persons.csv'), csv(u));
		await expectRefused(g, /AAB402（家庭编号）列第 2 行/);
		const h = folder('sci-enrol');
		const en = exampleTable('enrolments');
		en.rows[2][col(en, 'AAB001')] = '5.2E+11';
		writeFileSync(join(h, 'enrolments.csv'), csv(en));
		await expectRefused(h, /enrolments\.csv 的 AAB001（单位编号）列第 4 行/);
		// Excel shows a 12-digit village code as 5.20328E+11 and saves it so
		const v = personsTable();
		v.rows.forEach((r) => {
			if (r[col(v, 'AAB301')] === '520328101200') r[col(v, 'AAB301')] = '5.20328E+11';
		});
		writeFileSync(join(g, 'persons.csv'), csv(v));
		await expectRefused(g, /persons\.csv 的 AAB301（行政区划编码）列第 36、37、40 行是科学计数法的数字/);
	});

	it('XLSX numeric cells for 18-digit ids (the loader once stored digits nobody typed)', async () => {
		const [header, ...data] = personsRows() as string[][];
		const c = header.indexOf('AAC002');
		const rows: Cell[][] = [header, ...data.map((r) => r.map((v, k) => (k === c && /^\d{18}$/.test(v) ? Number(v) : v)))];
		const f = copyExample(join(root, 'xlsx-numeric'), { without: ['persons.csv'] });
		await writeXlsx(join(f, 'persons.xlsx'), [{ name: '人员', rows }]);
		await expectRefused(f, /persons\.xlsx（工作表“人员”） 的 AAC002（公民身份号码）列第 2、4、5 行是数字单元格：该列被存成了数字，后几位已丢失/, { column: 'AAC002', line: 2 });
	});
});

describe('Parquet written by a tool that typed the ids as numbers, or without rows', () => {
	it('a DOUBLE 公民身份号码 column is refused; an empty persons file is refused', async () => {
		const f = copyExample(join(root, 'parquet'), { without: ['persons.csv'] });
		const db = await Database.open(join(root, 'parquet-maker.duckdb'), { readOnly: false });
		const src = join(process.cwd(), EXAMPLE, 'persons.csv');
		const out = join(f, 'persons.parquet');
		await db.run(`COPY (SELECT * REPLACE (TRY_CAST(AAC002 AS DOUBLE) AS AAC002) FROM read_csv('${src}', all_varchar = true)) TO '${out}' (FORMAT parquet)`);
		await expectRefused(f, /persons\.parquet 的 AAC002（公民身份号码）列是小数类型（DOUBLE）：该列被存成了数字，后几位已丢失/, { column: 'AAC002' });
		await db.run(`COPY (SELECT * FROM read_csv('${src}', all_varchar = true) LIMIT 0) TO '${out}' (FORMAT parquet)`);
		db.close();
		await expectRefused(f, /persons\.parquet 没有数据行/);
	});
});

describe('files that cannot be read are refused with what is wrong', () => {
	it('.xls (Excel 97–2003): the format and how to save as .xlsx', async () => {
		const f = copyExample(join(root, 'xls'), { without: ['persons.csv'] });
		writeFileSync(join(f, 'persons.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
		await expectRefused(f, /persons\.xls 是 Excel 97–2003 工作簿（\.xls），无法读取；.*另存为.*Excel 工作簿（\*\.xlsx）/);
		// an .xls renamed to .csv says the same about its bytes
		const g = folder('xls-as-csv');
		writeFileSync(join(g, 'persons.csv'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
		await expectRefused(g, /persons\.csv 无法读取：这是 Excel 97–2003 工作簿（\.xls）/);
	});

	it('a header-only persons file, and one whose rows are all blank: never an empty quarter (issue 14 #3)', async () => {
		const t = personsTable();
		const f = folder('header-only');
		writeFileSync(join(f, 'persons.csv'), t.header.join(',') + '\n');
		await expectRefused(f, /^persons\.csv 没有数据行：只有表头；/);
		writeFileSync(join(f, 'persons.csv'), t.header.join(',') + '\n\n' + ','.repeat(t.header.length - 1) + '\n');
		await expectRefused(f, /persons\.csv 没有数据行：只有表头（2 个空行已跳过）/);
	});

	it('a 40 MB line, a line of 10 million commas and a 10 MB value: refused naming the line, memory bounded', async () => {
		const t = personsTable();
		const f = folder('huge');
		const rss = process.memoryUsage().rss;
		writeFileSync(join(f, 'persons.csv'), t.header.join(',') + '\n' + 'x'.repeat(40 << 20) + '\n');
		await expectRefused(f, /persons\.csv 第 2 行第 1 列（AAC001）无法读取：值超过 10000 个字符/, { line: 2 });
		writeFileSync(join(f, 'persons.csv'), csv(t) + ','.repeat(10_000_000) + '\n');
		await expectRefused(f, /persons\.csv 第 44 行无法读取：该行有超过 1026 个值，表头只有 26 列/, { line: 44 });
		const big = personsTable();
		big.rows[2][col(big, 'AAC003')] = '张'.repeat(10 << 20);
		writeFileSync(join(f, 'persons.csv'), csv(big));
		await expectRefused(f, /persons\.csv 第 4 行第 2 列（AAC003）无法读取：值超过 10000 个字符/, { line: 4 });
		expect(process.memoryUsage().rss - rss).toBeLessThan(400 << 20);
	}, 60_000);

	it('UTF-16 without a BOM, binary junk, a 2 GiB file of zero bytes, a symlink: each its own message', async () => {
		const f = folder('junk');
		writeFileSync(join(f, 'persons.csv'), Buffer.from(csv(personsTable()), 'utf16le'));
		await expectRefused(f, /persons\.csv 无法读取：这是没有字节顺序标记的 UTF-16（Unicode）文本/);
		const junk = Buffer.alloc(4096);
		for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
		writeFileSync(join(f, 'persons.csv'), junk);
		await expectRefused(f, /persons\.csv 无法读取：含有二进制内容/);
		rmSync(join(f, 'persons.csv'));
		execFileSync('truncate', ['-s', '2G', join(f, 'persons.csv')]); // sparse: no disk used
		await expectRefused(f, /persons\.csv 无法读取：文件开头全是空字节/);
		rmSync(join(f, 'persons.csv'));
		symlinkSync(join(process.cwd(), EXAMPLE, 'persons.csv'), join(f, 'persons.csv'));
		await expectRefused(f, /persons\.csv 是符号链接（快捷方式），不予读取/);
	});

	it('"引号不成对" only for an unclosed quote, with its line; other broken lines say what is wrong', async () => {
		const t = personsTable();
		const lines = csv(t).split('\n');
		lines[5] = lines[5].replace('贵州省', '"贵州省');
		const f = folder('quote');
		writeFileSync(join(f, 'persons.csv'), lines.join('\n'));
		await expectRefused(f, /persons\.csv 第 6 行无法读取：引号不成对/, { line: 6 });
		const short = csv(t).split('\n');
		short[7] = short[7].split(',').slice(0, 20).join(',');
		writeFileSync(join(f, 'persons.csv'), short.join('\n'));
		const text = await expectRefused(f, /persons\.csv 第 8 行无法读取：该行有 20 个值，表头有 26 列/, { line: 8 });
		expect(text).not.toMatch(/引号/);
	});
});

describe('snapshot dates, scope and population are checked (issue 14 #9)', () => {
	it('an as-of date in the future', async () => {
		const f = copyExample(join(root, 'future'), { folderName: '2099-12-31' });
		writeFileSync(join(f, 'manifest.json'), JSON.stringify({ as_of: '2099-12-31', scope: '52' }));
		await expectRefused(f, /快照日期“2099-12-31”在今天（\d{4}-\d{2}-\d{2}）之后/);
	});

	it('a folder date the manifest contradicts', async () => {
		const f = copyExample(join(root, 'mismatch'), { folderName: '2017-03-31' });
		await expectRefused(f, /快照日期不一致：文件夹名是“2017-03-31”，manifest\.json 的 as_of 却是“2016-12-31”/);
	});

	it('two folders with the same as-of date in one batch', async () => {
		const batch = join(root, 'batch');
		copyExample(batch, { folderName: 'a' });
		copyExample(batch, { folderName: 'b' });
		await expectRefused(batch, /两个快照文件夹的快照日期相同（2016-12-31）：a 和 b/);
	});

	it('a manifest scope the rows contradict', async () => {
		const f = folder('scope');
		writeFileSync(join(f, 'manifest.json'), JSON.stringify({ as_of: AS_OF, scope: '5301' }));
		await expectRefused(f, /manifest\.json 的 scope“5301”与 persons\.csv 不符：42 行中只有 0 行的行政区划编码以 5301 开头（多数以 5201 开头）/);
	});

	it('population "abc" and "-5", naming the line', async () => {
		const f = folder('population');
		writeFileSync(join(f, 'population.csv'), 'AAB301,huji_population\n520102016,17\n520102017,abc\n');
		await expectRefused(f, /population\.csv 第 3 行的 huji_population（户籍人口数）“abc”不是非负整数/, { line: 3 });
		writeFileSync(join(f, 'population.csv'), 'AAB301,huji_population\n520102016,-5\n');
		await expectRefused(f, /population\.csv 第 2 行的 huji_population（户籍人口数）“-5”不是非负整数/, { line: 2 });
	});
});

