import { openSync, readSync, closeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { basename } from 'node:path';
import { LoadRefusal } from './refusal.ts';
import { matchedCount, TABLE_COLUMNS, type TableName } from './columns.ts';

export type Encoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

export interface CsvDialect {
	encoding: Encoding;
	delimiter: ',' | '\t';
	headers: string[];
	/** The line holding the header (1 unless title lines stand above it). */
	headerLine: number;
	/** Lines the header takes (more than 1 when a quoted name holds a line break). */
	headerSpan?: number;
	/** Average bytes per line in the sample (the header line excluded). */
	bytesPerRow: number;
}

const SAMPLE_BYTES = 1 << 20;

/** Lines searched for the header row (title lines above it are skipped). */
const HEADER_SEARCH_LINES = 20;

/**
 * Reads the first megabyte of a CSV file and decides its encoding, delimiter, header line and header
 * names. Refuses, with a message saying what the file is, a file that is no text: an Excel or zip file
 * under a .csv name, binary bytes, a file of zero bytes.
 */
export function detectDialect(path: string, table?: TableName): CsvDialect {
	const sample = readStart(path, SAMPLE_BYTES);
	refuseNonText(path, sample);
	const encoding: Encoding =
		sample[0] === 0xff && sample[1] === 0xfe ? 'utf16le'
		: sample[0] === 0xfe && sample[1] === 0xff ? 'utf16be'
		: isUtf8(sample) ? 'utf8' : 'gb18030';
	const text = encoding === 'utf8' ? sample.toString('utf8') : iconv.decode(sample, encoding);
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, HEADER_SEARCH_LINES + 1).slice(0, HEADER_SEARCH_LINES);
	let headerLine = 1;
	if (table) {
		// the first line naming at least three of the table's columns (both of population's)
		const wanted = Math.min(3, TABLE_COLUMNS[table].length);
		const found = lines.findIndex((line) => matchedCount(table, splitHeader(line, guessDelimiter(line))) >= wanted);
		if (found > 0) headerLine = found + 1;
	}
	// a quoted header name with a line break in it ("公民身份\n号码") continues on the next lines
	let header = lines[headerLine - 1] ?? '';
	let headerSpan = 1;
	while (count(header, '"') % 2 === 1 && headerLine - 1 + headerSpan < lines.length) {
		header += '\n' + lines[headerLine - 1 + headerSpan];
		headerSpan++;
	}
	const delimiter = guessDelimiter(header);
	return { encoding, delimiter, headers: splitHeader(header, delimiter), headerLine, headerSpan, bytesPerRow: averageLineBytes(sample) };
}

function guessDelimiter(line: string): ',' | '\t' {
	return count(line, '\t') > count(line, ',') ? '\t' : ',';
}

/** Refuses what is no delimited text, saying what it is instead. */
function refuseNonText(path: string, sample: Buffer): void {
	const name = basename(path);
	const refuse = (what: string) => {
		throw new LoadRefusal(`${name} 无法读取：${what}`, path);
	};
	if (sample.length === 0) return;
	if (sample[0] === 0xd0 && sample[1] === 0xcf && sample[2] === 0x11 && sample[3] === 0xe0) {
		refuse('这是 Excel 97–2003 工作簿（.xls），不是 CSV 文本；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV（UTF-8）后重新导入');
	}
	if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) {
		refuse('这是 Excel 工作簿（.xlsx）或压缩文件，不是 CSV 文本；若是 Excel 文件，请把扩展名改为 .xlsx');
	}
	const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
	if (utf16) return;
	let zeros = 0;
	let control = 0;
	for (const b of sample) {
		if (b === 0) zeros++;
		else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
	}
	if (zeros === sample.length) refuse('文件开头全是空字节（0x00），不是文本；文件可能在复制或下载时损坏，请重新导出');
	if (zeros > 0 && sample.length >= 2 && (sample[1] === 0 || sample[0] === 0) && zeros > sample.length / 4) {
		refuse('这是没有字节顺序标记的 UTF-16（Unicode）文本；请另存为“CSV UTF-8（逗号分隔）”后重新导入');
	}
	if (zeros > 0 || control > sample.length / 100) refuse('含有二进制内容（不是文本），不是 CSV 文件；请确认文件是从系统导出的 CSV');
}

/** Bytes per line after the first, over the whole lines of the sample (0 when it has none). */
function averageLineBytes(sample: Buffer): number {
	const headerEnd = sample.indexOf(10);
	const lastEnd = sample.lastIndexOf(10);
	if (headerEnd < 0 || lastEnd <= headerEnd) return 0;
	let lines = 0;
	for (let at = sample.indexOf(10, headerEnd + 1); at >= 0 && at <= lastEnd; at = sample.indexOf(10, at + 1)) lines++;
	return (lastEnd - headerEnd) / lines;
}

const MiB = 1 << 20;
const ROW_GROUP_ROWS = 122_880;

/**
 * read_csv's buffer_size for a file of this row width: room for two of DuckDB's row groups, between
 * 32 and 128 MiB. The staged read keeps the file's order, so DuckDB merges the part-filled row groups
 * the reader's batches leave; larger batches leave fewer. Measured at 1M: persons rows (≈ 290 bytes)
 * staged in 1.1–1.3 s instead of 1.4–1.7 s with the default buffer; narrow enrolments rows gained
 * nothing from larger buffers (and lost parallelism above 64 MiB), so they keep 32 MiB.
 */
export function csvBufferSize(bytesPerRow: number): number {
	const wanted = Math.ceil((2 * ROW_GROUP_ROWS * bytesPerRow) / MiB) * MiB;
	return Math.min(128 * MiB, Math.max(32 * MiB, wanted));
}

function readStart(path: string, bytes: number): Buffer {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const read = readSync(fd, buffer, 0, bytes, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** Valid UTF-8, allowing a multi-byte character cut off at the end of the sample. */
export function isUtf8(bytes: Buffer): boolean {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
		if (size === 0) return false;
		for (let k = 1; k < size; k++) {
			if (i + k >= bytes.length) return true;
			if (bytes[i + k] >> 6 !== 0b10) return false;
		}
		i += size;
	}
	return true;
}

function count(text: string, ch: string): number {
	return text.split(ch).length - 1;
}

/** Splits a header line, honouring double quotes. */
export function splitHeader(line: string, delimiter: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === delimiter) {
			out.push(field);
			field = '';
		} else field += c;
	}
	out.push(field);
	return out.map((h) => h.replace(/[\r\n]+/g, '').trim());
}
