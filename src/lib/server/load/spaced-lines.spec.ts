import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spacedLines } from './spaced-lines.ts';

const dir = mkdtempSync(join(tmpdir(), 'spaced-'));
let n = 0;
const file = (text: string) => {
	const path = join(dir, `${n++}.csv`);
	writeFileSync(path, text);
	return path;
};

/** The same answer line by line with string functions: the reference for the chunked byte scan. */
function reference(text: string): number[] | null {
	if (text.includes('"')) return null;
	const lines = text.split('\n');
	const lastEnded = lines[lines.length - 1] === '';
	if (lastEnded) lines.pop(); // the file ends with a line break
	const found: number[] = [];
	for (const [i, raw] of lines.entries()) {
		const ended = i < lines.length - 1 || lastEnded; // followed by a line break: a CR before it ends the line
		const line = raw.endsWith('\r') && ended ? raw.slice(0, -1) : raw;
		if (line === '' || line.includes('\r')) return null;
		if (/[ \t\u3000\u00a0]/.test(line)) found.push(i + 1);
	}
	return found;
}

describe('spacedLines', () => {
	it('numbers the lines holding a space, a tab or U+3000 (the header is line 1)', async () => {
		const text = 'AAC003,AAC002\n张三,1\n 李四,2\n王五\u3000,3\n赵六,4\t\n孙七,5\n';
		expect(await spacedLines(file(text))).toEqual([3, 4, 5]);
		expect(await spacedLines(file('姓 名,号码\n张三,1\n'))).toEqual([1]);
		expect(await spacedLines(file('a,b\n1,2\n3,4'))).toEqual([]);
	});

	it('in a tab-separated file, looks for spaces only (a tab is a separator there)', async () => {
		expect(await spacedLines(file('a\tb\n1\t2\n 3\t4\n5\t6\u3000\n'), { delimiter: '\t' })).toEqual([3, 4]);
		expect(await spacedLines(file('a\tb\n1\t2\n'), { delimiter: '\t' })).toEqual([]);
	});

	it('reads CRLF line ends as line ends, not white space', async () => {
		expect(await spacedLines(file('a,b\r\n1,2\r\n3 ,4\r\n'))).toEqual([3]);
		expect(await spacedLines(file('a,b\r\n1,2\r\n'))).toEqual([]);
	});

	it('gives up where file lines may not be rows: quotes, a lone CR, an empty line', async () => {
		expect(await spacedLines(file('a,b\n"1",2\n'))).toBeNull();
		expect(await spacedLines(file('a,b\n1\r2,3\n'))).toBeNull();
		expect(await spacedLines(file('a,b\n1,2\r'))).toBeNull();
		expect(await spacedLines(file('a,b\n1,2\n\n3,4\n'))).toBeNull();
		expect(await spacedLines(file('a,b\r\n1,2\r\n\r\n3,4\r\n'))).toBeNull();
	});

	it('gives up when more lines than the limit have white space', async () => {
		expect(await spacedLines(file('a,b\n 1,2\n 3,4\n'), { maxLines: 2 })).toEqual([2, 3]);
		expect(await spacedLines(file('a,b\n 1,2\n 3,4\n 5,6\n'), { maxLines: 2 })).toBeNull();
	});

	it('agrees with a line-by-line reading for any chunk size, lines longer than a chunk included', async () => {
		const pieces = ['a', '1', ',', ',', '张', ' ', '\t', '\u3000', '\n', '\n', '\r\n', 'xxxxxxxxxxxxxxxxxxxx'];
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let round = 0; round < 60; round++) {
			let text = 'h1,h2\n';
			for (let i = 0; i < 200; i++) text += pieces[Math.floor(random() * pieces.length)];
			// most rounds without empty lines, so that the numbering itself is compared
			if (round % 3 !== 0) text = text.replace(/\n(\r?\n)+/g, '\n').replace(/\r(?!\n)/g, '');
			const path = file(text);
			for (const chunkBytes of [3, 7, 64, 1 << 16]) {
				expect(await spacedLines(path, { chunkBytes }), `round ${round}, chunks of ${chunkBytes}`).toEqual(reference(text));
			}
		}
	});
});

describe('scanLines: empty lines and the longest line', () => {
	it('finds an empty line after a quote and measures the longest line across chunks', async () => {
		const { scanLines } = await import('./spaced-lines.ts');
		const text = `a,b\n"1",2\n${'x'.repeat(100)}\n\n3,4\n`;
		expect(await scanLines(file(text), { chunkBytes: 16 })).toEqual({ lines: null, emptyLines: true, longestLine: 100, scientific: false });
		expect(await scanLines(file(`a,b\n1,2\n${'y'.repeat(50)}`), { chunkBytes: 8 })).toMatchObject({ emptyLines: false, longestLine: 50 });
		expect(await scanLines(file('a,b\n 1,2\n33,4\n'))).toEqual({ lines: [2], emptyLines: false, longestLine: 4, scientific: false });
	});
});

describe('scanLines: scientific notation', () => {
	it('notices "E+" anywhere, across chunks', async () => {
		const { scanLines } = await import('./spaced-lines.ts');
		expect((await scanLines(file('a,b\n1,5.20102E+17\n'))).scientific).toBe(true);
		expect((await scanLines(file(`a,b\n${'1,2\n'.repeat(20)}3,5.2e+17\n`), { chunkBytes: 8 })).scientific).toBe(true);
		expect((await scanLines(file('a,b\nEX01,E\n'))).scientific).toBe(false);
	});
});
