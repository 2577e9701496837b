import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZip, deflated, zeros } from '../../src/lib/server/uploads/test-zip.ts';

/**
 * Issue 14 finding 5: an .xlsx is a zip that exceljs reads in memory. `canbao load` checks it first: a
 * 300 KB workbook whose shared strings expand to 300 MB is refused at once (exit 1, no database
 * written), naming the folder and file; so is a workbook that is no zip.
 */
const FIXTURE = 'tests/fixtures/example/2016-12-31';
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'canbao-xlsx-bomb-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folderWith(persons: Buffer): string {
	const folder = join(dir, `${Math.random().toString(36).slice(2)}`, '2016-12-31');
	cpSync(FIXTURE, folder, { recursive: true });
	rmSync(join(folder, 'persons.csv'));
	writeFileSync(join(folder, 'persons.xlsx'), persons);
	return folder;
}

const load = (folder: string, db: string) => spawnSync('node', ['bin/canbao.js', 'load', folder, '--db', db], { encoding: 'utf8' });

describe('canbao load: xlsx bombs', () => {
	it('refuses a shared-strings bomb before opening it', () => {
		const db = join(dir, 'a.duckdb');
		const started = performance.now();
		const run = load(folderWith(buildZip([{ name: 'xl/sharedStrings.xml', data: zeros(300) }, { name: 'xl/worksheets/sheet1.xml', data: deflated('<worksheet/>') }])), db);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('导入被拒绝：工作簿 2016-12-31/persons.xlsx 中的 xl/sharedStrings.xml 压缩比异常');
		expect(run.stderr).toContain('数据库未作任何改动');
		expect(existsSync(db)).toBe(false);
		expect(performance.now() - started).toBeLessThan(30_000);
	});

	it('refuses a workbook that is no zip', () => {
		const run = load(folderWith(Buffer.from('AAC002,AAC003\n')), join(dir, 'b.duckdb'));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('导入被拒绝：工作簿 2016-12-31/persons.xlsx 不是有效的 .xlsx 文件');
	});
});
