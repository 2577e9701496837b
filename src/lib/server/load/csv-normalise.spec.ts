import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseCsv } from './csv-normalise.ts';
import { LoadRefusal } from './refusal.ts';

const dir = mkdtempSync(join(tmpdir(), 'normalise-'));
let n = 0;
async function run(text: string, options: { delimiter?: string; headerLine?: number; width?: number } = {}) {
	const source = join(dir, `${n}.csv`);
	const target = join(dir, `${n++}.out.csv`);
	writeFileSync(source, text);
	const result = await normaliseCsv(source, target, { delimiter: options.delimiter ?? ',', headerLine: options.headerLine ?? 1, width: options.width ?? 2, columnNames: ['A', 'B'] });
	return { ...result, out: readFileSync(target, 'utf8') };
}
const refusal = (text: string, options = {}) => run(text, options).then(() => null, (e: LoadRefusal) => e);

describe('normaliseCsv: one record per editor line', () => {
	it('keeps empty, white-space and bare-comma lines in place as blank records, counted', async () => {
		// lines: 1 header, 2 row, 3 empty, 4 spaces, 5 commas only, 6 row
		const r = await run('a,b\n1,2\n\n   \n,\n3,4\n');
		expect(r.out).toBe('a,b\n1,2\n,\n,\n,\n3,4\n');
		expect(r).toMatchObject({ blankRows: 3, fillers: 0 });
	});
	it('accepts LF, CRLF and lone CR line ends mixed in one file', async () => {
		expect((await run('a,b\r\n1,2\n3,4\r5,6\r\n')).out).toBe('a,b\n1,2\n3,4\n5,6\n');
	});
	it('a header below title lines: blank records stand for the lines above it', async () => {
		const r = await run('人员表\n填报：某县\na,b\n1,2\n', { headerLine: 3 });
		expect(r.out).toBe('a,b\n,\n,\n1,2\n');
		expect(r.fillers).toBe(2);
	});
	it('a quoted value over two lines is followed by a blank record, so later rows keep their line numbers', async () => {
		const r = await run('a,b\n"x\ny",2\n3,4\n');
		expect(r.out).toBe('a,b\n"x\ny",2\n,\n3,4\n');
		expect(r.fillers).toBe(1);
	});
	it('drops trailing empty fields; refuses a value beyond the header', async () => {
		expect((await run('a,b\n1,2,,\n')).out).toBe('a,b\n1,2\n');
		expect((await refusal('a,b\n1,2\n3,4,5\n'))?.message).toMatch(/第 3 行无法读取：该行的值比表头多/);
	});
	it('refuses an unclosed quote, a short line, a long value and a line of countless commas, naming the line', async () => {
		expect(await refusal('a,b\n1,2\n"3,4\n5,6\n')).toMatchObject({ line: 3, message: expect.stringMatching(/引号不成对/) });
		expect(await refusal('a,b\n1\n')).toMatchObject({ line: 2, message: expect.stringMatching(/该行有 1 个值，表头有 2 列/) });
		expect(await refusal(`a,b\n1,${'x'.repeat(10_001)}\n`)).toMatchObject({ line: 2, message: expect.stringMatching(/第 2 行第 2 列（B）无法读取：值超过 10000 个字符/) });
		expect(await refusal(`a,b\n${','.repeat(5000)}\n`)).toMatchObject({ line: 2, message: expect.stringMatching(/超过 1002 个值/) });
	});
	it('reads a tab-separated file and writes commas, quoting what needs it', async () => {
		expect((await run('a\tb\nx,y\t"q"\n', { delimiter: '\t' })).out).toBe('a,b\n"x,y",q\n');
	});
});
