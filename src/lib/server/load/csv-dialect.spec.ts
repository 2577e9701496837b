import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvBufferSize, detectDialect, isUtf8, splitHeader } from './csv-dialect.ts';
import { matchColumns } from './columns.ts';

const file = (name: string, bytes: Buffer | string) => {
	const path = join(mkdtempSync(join(tmpdir(), 'dialect-')), name);
	writeFileSync(path, bytes);
	return path;
};

describe('CSV dialect', () => {
	it('tells GB18030 from UTF-8 and tabs from commas', () => {
		expect(detectDialect(file('a.csv', iconv.encode('姓名\t公民身份号码\n张三\t1\n', 'gb18030')))).toEqual({
			encoding: 'gb18030', delimiter: '\t', headers: ['姓名', '公民身份号码'], headerLine: 1, headerSpan: 1, bytesPerRow: 7
		});
		expect(detectDialect(file('b.csv', '\uFEFFAAC003,AAC002\n张三,1\n'))).toEqual({
			encoding: 'utf8', delimiter: ',', headers: ['AAC003', 'AAC002'], headerLine: 1, headerSpan: 1, bytesPerRow: 9
		});
	});
	it('measures the rows under the header, whole lines only', () => {
		// rows of 4 and 6 bytes with their line breaks; the unterminated last line is not counted
		expect(detectDialect(file('c.csv', 'a,b\n1,2\n10,20\n100,')).bytesPerRow).toBe(5);
		expect(detectDialect(file('d.csv', 'a,b\n')).bytesPerRow).toBe(0);
	});
	it('sizes the read buffer to two row groups of rows, within 32–128 MiB', () => {
		const MiB = 1 << 20;
		expect(csvBufferSize(290)).toBe(68 * MiB); // 2 × 122,880 × 290 B = 67.97 MiB, rounded up
		expect(csvBufferSize(56)).toBe(32 * MiB);
		expect(csvBufferSize(0)).toBe(32 * MiB);
		expect(csvBufferSize(4000)).toBe(128 * MiB);
	});
	it('accepts a multi-byte character cut at the end of the sample', () => {
		expect(isUtf8(Buffer.from('张三', 'utf8').subarray(0, 4))).toBe(true);
		expect(isUtf8(Buffer.from([0xd5, 0xc5]))).toBe(false);
	});
	it('splits quoted headers', () => {
		expect(splitHeader('"a,b",c,"d""e"', ',')).toEqual(['a,b', 'c', 'd"e']);
	});
	it('matches indicator codes case-insensitively and Chinese names', () => {
		const m = matchColumns('enrolments', ['aac002', '参保险种', '行政区划编码', '参保状态']);
		expect([m.get('aac002'), m.get('scheme'), m.get('aab301'), m.get('status'), m.get('aab001')]).toEqual([0, 1, 2, 3, -1]);
	});
});

describe('CSV dialect of office files', () => {
	it('reads UTF-16 with a BOM (Excel "Unicode 文本") and finds the header below title lines', () => {
		const text = '\uFEFF人员基础信息表\n\n姓名\t公民身份号码\t性别\n张三\t1\t1\n';
		const d = detectDialect(file('u16.txt', Buffer.from(text, 'utf16le').length ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]) : ''), 'persons');
		expect(d).toMatchObject({ encoding: 'utf16le', delimiter: '\t', headerLine: 3, headers: ['姓名', '公民身份号码', '性别'] });
	});
	it('refuses binary bytes, zero bytes, a zip and an .xls under a CSV name, saying what they are', () => {
		expect(() => detectDialect(file('z.csv', Buffer.alloc(4096)))).toThrow(/全是空字节/);
		expect(() => detectDialect(file('j.csv', Buffer.from([1, 2, 3, 0, 200, 7, 0, 0, 9, 1, 2, 3])))).toThrow(/二进制/);
		expect(() => detectDialect(file('x.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0])))).toThrow(/Excel 工作簿（\.xlsx）或压缩文件/);
		expect(() => detectDialect(file('o.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])))).toThrow(/Excel 97–2003/);
	});
});
