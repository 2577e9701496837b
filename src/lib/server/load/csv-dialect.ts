import { openSync, readSync, closeSync } from 'node:fs';
import iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'gb18030';

export interface CsvDialect {
	encoding: Encoding;
	delimiter: ',' | '\t';
	headers: string[];
	/** Average bytes per line in the sample (the header line excluded). */
	bytesPerRow: number;
}

const SAMPLE_BYTES = 1 << 20;

/** Reads the first megabyte of a CSV file and decides its encoding, delimiter and header names. */
export function detectDialect(path: string): CsvDialect {
	const sample = readStart(path, SAMPLE_BYTES);
	const encoding = isUtf8(sample) ? 'utf8' : 'gb18030';
	const text = encoding === 'utf8' ? sample.toString('utf8') : iconv.decode(sample, 'gb18030');
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
	return { encoding, delimiter, headers: splitHeader(firstLine, delimiter), bytesPerRow: averageLineBytes(sample) };
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
	return out.map((h) => h.trim());
}
