/**
 * In-process export measure (issue 19): time and peak memory of exporting a person list, the old way
 * (every row read into memory, then ExcelJS's in-memory workbook, a new border object per cell) against
 * the streamed way (src/lib/server/excel/table-stream.ts: pages of EXPORT_PAGE rows written as read).
 * One mode a process, so peaks do not mix:
 *   npx tsx bench/export-memory.ts <db> <region> <before|xlsx|csv> [group] [repeats]
 * With db `synthetic:N`, N generated rows of the 扩面人群 columns (no database: the workbook part alone).
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Database } from '../src/lib/server/db/database.ts';
import { readGroupView } from '../src/lib/server/views/groups/group-query.ts';
import { groupMemberPage } from '../src/lib/server/views/groups/group-members.ts';
import { tableWriter } from '../src/lib/server/excel/table-stream.ts';
import { EXPORT_PAGE } from '../src/lib/server/persons/paging.ts';
import type { ListRow } from '../src/lib/server/persons/present.ts';
import { GROUP_MEMBER_COLUMNS } from '../src/lib/server/persons/lists.ts';

const [path, region, mode, group = '', repeats = '3'] = process.argv.slice(2);
const synthetic = path.startsWith('synthetic:') ? Number(path.slice(10)) : 0;
const db = synthetic ? null : await Database.open(path, { readOnly: true });
const asOf = db ? (await db.all<{ d: string }>('SELECT max(as_of) AS d FROM persons'))[0].d : '';
const view = readGroupView(new URLSearchParams(group ? { group } : {}), region);
const COLUMNS = GROUP_MEMBER_COLUMNS;
const fake = (i: number): ListRow => Object.fromEntries(COLUMNS.map((c, k) => [c.key, k === 1 ? `5203**********${String(i % 10000).padStart(4, '0')}` : `${c.label}${i % 997}`]));
const read = async (limit: number, offset: number) =>
	db ? groupMemberPage(db, { region, asOf, insurance: '1', view, limit, offset }, 'masked')
		: { columns: COLUMNS, rows: Array.from({ length: Math.max(0, Math.min(limit, synthetic - offset)) }, (_, i) => fake(offset + i)) };

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const base = process.memoryUsage().rss;

async function before(): Promise<number> {
	const rows: ListRow[] = [];
	let columns: { key: string; label: string }[] = [];
	for (;;) {
		const page = await read(EXPORT_PAGE, rows.length);
		columns = page.columns;
		rows.push(...page.rows);
		if (page.rows.length < EXPORT_PAGE) break;
	}
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('人员名单');
	sheet.addRow(['title']);
	const header = sheet.addRow(columns.map((c) => c.label));
	for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? ''));
	const thin = { style: 'thin' as const };
	for (let r = header.number; r <= sheet.rowCount; r++) for (let c = 1; c <= columns.length; c++) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
	return (await book.xlsx.writeBuffer()).byteLength;
}

async function streamed(format: 'xlsx' | 'csv'): Promise<number> {
	let bytes = 0;
	const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), setImmediate(done)) });
	const first = await read(EXPORT_PAGE, 0);
	const writer = tableWriter(format, sink, { title: 'title', about: [], columns: first.columns });
	let page = first;
	for (let offset = 0; ; ) {
		await writer.add(page.rows);
		offset += page.rows.length;
		if (page.rows.length < EXPORT_PAGE) break;
		page = await read(EXPORT_PAGE, offset);
	}
	await writer.finish();
	return bytes;
}

const times: number[] = [];
let size = 0;
for (let i = 0; i < Number(repeats); i++) {
	const start = performance.now();
	size = mode === 'before' ? await before() : await streamed(mode as 'xlsx' | 'csv');
	times.push(Math.round(performance.now() - start));
}
clearInterval(sample);
const rows = !db ? synthetic : (await db.all<{ n: number }>(`SELECT count(*)::INT AS n FROM persons WHERE as_of = '${asOf}'::DATE AND starts_with(code, '${region}') AND aic003 IN ('91','92','94')`))[0].n;
console.log(JSON.stringify({ mode, region, group, rowsUninsured: rows, bytes: size, ms: times, peakRssMB: Math.round(peak / 1e6), baseRssMB: Math.round(base / 1e6) }));
db?.close();
