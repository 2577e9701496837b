import { describe, expect, it } from 'vitest';
import { countLines, fileNameOf, progressText } from './export-download.ts';

describe('export download', () => {
	it('reads the Chinese file name of the server (RFC 5987), else the plain one', () => {
		expect(fileNameOf(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('扩面人群名单-52.xlsx')}`, 'x')).toBe('扩面人群名单-52.xlsx');
		expect(fileNameOf('attachment; filename="rank-52.xlsx"', 'x')).toBe('rank-52.xlsx');
		expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'export.csv')).toBe('export.csv');
		expect(fileNameOf(null, 'export.csv')).toBe('export.csv');
	});

	it('says how much has arrived', () => {
		expect(progressText({ bytes: 2048, rows: null })).toBe('正在导出… 2 KB');
		expect(progressText({ bytes: 3 * 1024 * 1024 + 100_000, rows: 12345 })).toBe('正在导出… 3.1 MB（12,345 行）');
	});

	it('counts CSV lines in a chunk', () => {
		expect(countLines(new TextEncoder().encode('a,b\r\n1,2\r\n3,'))).toBe(2);
	});
});
