import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Database } from '../db/database.ts';
import type { PublicUser } from '../auth/users.ts';
import { openFixtureDatabase } from '../views/shared/fixture-database.ts';
import { readGroupView } from '../views/groups/group-query.ts';
import { groupMemberPage } from '../views/groups/group-members.ts';
import { flushAuditRepeats, readAudit } from '../audit/audit-log.ts';
import { listAccess, listExport, listPage, type OpenList } from './person-list.ts';

/**
 * The two adapters on the fixture database (the example snapshot, 2016-12-31): the 应参未参 养老 persons
 * of 贵州 (52), whose ids and order are read a second way (plain SQL on persons) to compare with.
 */
let db: Database;
let dispose: () => void;
let dir: string;
let expected: string[]; // aac002 of the list, in list order (code, line)
const AS_OF = '2016-12-31';
const PAGE = 5; // rows a JSON page here (50 in the app): the fixture has 16 such persons
const user = (role: PublicUser['role']): PublicUser => ({ username: `t-${role}`, displayName: 't', role, scope: '52', disabled: false, createdAt: '' });

const groups: OpenList = async ({ locals }, mode) => {
	const access = listAccess(locals.user, mode);
	const view = readGroupView(new URLSearchParams(), '52');
	return {
		read: (limit, offset) => groupMemberPage(db, { region: '52', asOf: AS_OF, insurance: '1', view, limit, offset }, access),
		user: locals.user as PublicUser,
		page: '/groups',
		query: { region: '52', snapshot: AS_OF },
		export: { action: 'export-test', title: '测试名单', about: ['地区：52', `快照：${AS_OF}`], fileName: '测试名单-52' }
	};
};

const request = (role: PublicUser['role'], query = '') => ({ locals: { user: user(role) }, url: new URL(`http://localhost/groups/export?${query}`), params: {} });

beforeAll(async () => {
	({ db, dispose } = await openFixtureDatabase());
	dir = mkdtempSync(join(tmpdir(), 'canbao-lists-'));
	process.env.CANBAO_AUDIT = join(dir, 'audit.log');
	const rows = await db.all<{ aac002: string }>(
		`SELECT aac002 FROM persons WHERE as_of = DATE '${AS_OF}' AND starts_with(code, '52') AND aic003 IN ('91', '92', '94') ORDER BY code, line_no`
	);
	expected = rows.map((r) => r.aac002);
}, 120_000);

afterAll(() => {
	flushAuditRepeats();
	delete process.env.CANBAO_AUDIT;
	dispose();
	rmSync(dir, { recursive: true, force: true });
});

async function allPages(role: PublicUser['role']) {
	const rows: Record<string, unknown>[] = [];
	let columns: { key: string; label: string }[] = [];
	for (let page = 1; ; page++) {
		const body = await (await listPage(groups, PAGE)(request(role, `page=${page}`))).json();
		columns = body.columns;
		rows.push(...body.rows);
		expect(body.page).toBe(page);
		if (!body.hasMore) break;
	}
	return { columns, rows };
}

const auditCount = () => readAudit(1_000_000).length;
const newAudit = (since: number) => readAudit(1_000_000).slice(0, auditCount() - since);

async function sheetsOf(bytes: ArrayBuffer) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes);
	return book.worksheets.map((sheet) => {
		const values = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
		const header = values.findIndex((r) => r.includes('公民身份号码'));
		// an empty cell reads back as nothing: '' for every column of the row
		const cells = (r: unknown[]) => values[header].map((_, i) => r[i] ?? '');
		return { name: sheet.name, pageSetup: sheet.pageSetup, before: values.slice(0, header), header: values[header], rows: values.slice(header + 1).map(cells) };
	});
}

describe('person-list toolkit', () => {
	it('pages: PAGE rows a page, in list order, the last page says no more; each page audited with its rows', async () => {
		expect(expected.length).toBeGreaterThan(2 * PAGE);
		const before = auditCount();
		const { columns, rows } = await allPages('operator');
		expect(rows.map((r) => r.aac002)).toEqual(expected);
		expect(columns.map((c) => c.label)).toContain('公民身份号码');
		const pages = Math.ceil(expected.length / PAGE);
		const audit = newAudit(before);
		expect(audit).toHaveLength(pages);
		expect(audit.every((e) => e.action === 'view-persons' && e.user === 't-operator')).toBe(true);
		expect(audit.map((e) => e.rows).reduce((a, b) => a + b, 0)).toBe(expected.length);
		expect(audit.find((e) => e.query.list_page === 1)?.query).toEqual({ page: '/groups', region: '52', snapshot: AS_OF, list_page: 1 });
	});

	it('refuses a list to a role without person access, and an export to a role without export permission', async () => {
		await expect(listPage(groups)(request('leader'))).rejects.toMatchObject({ status: 403 });
		await expect(listExport(groups)(request('supervisor'))).rejects.toMatchObject({ status: 403 });
		await expect(listExport(groups)(request('planner', 'format=pdf'))).rejects.toMatchObject({ status: 400 });
	});

	it('streams the Excel export read in small pages: the same rows as the JSON pages, one audit record with the count', async () => {
		const pages = await allPages('planner');
		const before = auditCount();
		const response = await listExport(groups, { readPage: 7 })(request('planner'));
		expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('测试名单-52.xlsx')}`);
		const [sheet, ...more] = await sheetsOf(await response.arrayBuffer());
		expect(more).toHaveLength(0);
		expect(sheet.name).toBe('人员名单');
		expect(sheet.before).toEqual([['测试名单'], ['地区：52'], [`快照：${AS_OF}`]]);
		expect(sheet.header).toEqual(pages.columns.map((c) => c.label));
		expect(sheet.rows).toEqual(pages.rows.map((r) => pages.columns.map((c) => r[c.key] ?? '')));
		// masked for a planner: every id shows stars
		expect(sheet.rows.every((r) => String(r[1]).includes('*'))).toBe(true);
		expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '5:5' });
		const audit = newAudit(before);
		expect(audit.map((e) => [e.action, e.rows, e.query])).toEqual([['export-test', expected.length, { region: '52', snapshot: AS_OF }]]);
	});

	it('splits into further sheets past the per-sheet limit, each with the title rows and the header', async () => {
		const response = await listExport(groups, { readPage: 4, sheetRows: 5 })(request('operator'));
		const sheets = await sheetsOf(await response.arrayBuffer());
		expect(sheets.map((s) => s.name)).toEqual(Array.from({ length: Math.ceil(expected.length / 5) }, (_, i) => (i === 0 ? '人员名单' : `人员名单${i + 1}`)));
		expect(sheets.every((s) => s.rows.length <= 5 && s.before[0][0] === '测试名单')).toBe(true);
		expect(sheets.flatMap((s) => s.rows.map((r) => r[1]))).toEqual(expected);
	});

	it('writes CSV in GB18030: decoded, the header and the same rows as the pages; long digit strings kept as text', async () => {
		const pages = await allPages('operator');
		const before = auditCount();
		const response = await listExport(groups, { readPage: 9 })(request('operator', 'format=csv'));
		expect(response.headers.get('content-type')).toBe('text/csv; charset=gb18030');
		const bytes = Buffer.from(await response.arrayBuffer());
		const text = iconv.decode(bytes, 'gb18030');
		expect(bytes.toString('utf8')).not.toBe(text); // really GB18030, not UTF-8
		const lines = text.trimEnd().split('\r\n').map(parseCsvLine);
		expect(lines[0]).toEqual(pages.columns.map((c) => c.label));
		const unquote = (v: string) => v.replace(/^\t/, '');
		expect(lines.slice(1).map((l) => l.map(unquote))).toEqual(pages.rows.map((r) => pages.columns.map((c) => String(r[c.key] ?? ''))));
		expect(lines[1][1]).toMatch(/^\t\d{17}[\dX]$/);
		const audit = newAudit(before);
		expect(audit.map((e) => [e.action, e.rows, e.query.format])).toEqual([['export-test', expected.length, 'csv']]);
	});
});

/** A CSV line (RFC 4180: quoted fields, "" for a quote); the fixture has no line breaks inside fields. */
function parseCsvLine(line: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (out.push(field), (field = ''));
		else field += ch;
	}
	out.push(field);
	return out;
}
