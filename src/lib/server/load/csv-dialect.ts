import { openSync, readSync, closeSync } from 'node:fs';
import iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'gb18030';

export interface CsvDialect {
	encoding: Encoding;
	delimiter: ',' | '\t';
	headers: string[];
}

const SAMPLE_BYTES = 1 << 20;

/** Reads the first megabyte of a CSV file and decides its encoding, delimiter and header names. */
export function detectDialect(path: string): CsvDialect {
	const sample = readStart(path, SAMPLE_BYTES);
	const encoding = isUtf8(sample) ? 'utf8' : 'gb18030';
	const text = encoding === 'utf8' ? sample.toString('utf8') : iconv.decode(sample, 'gb18030');
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
	return { encoding, delimiter, headers: splitHeader(firstLine, delimiter) };
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
