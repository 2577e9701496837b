import { createReadStream, createWriteStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { basename } from 'node:path';
import { LoadRefusal } from './refusal.ts';

/** A value longer than this is no hand-entered datum (an address is a few dozen characters). */
export const MAX_CELL_CHARS = 10_000;
/** Fields of one line beyond the header's that are tolerated when empty (trailing commas). */
const MAX_EXTRA_FIELDS = 1_000;

export interface NormaliseResult {
	/** Blank records written that stand for no line of the file (see below). */
	fillers: number;
	/** Lines of the file that were empty, white space or only delimiters. */
	blankRows: number;
}

/**
 * Rewrites a UTF-8 delimited file that DuckDB's reader cannot take as it is (empty lines, which DuckDB
 * skips so that line numbers shift; mixed or lone-CR line endings; lines of white space; a header below
 * title lines; trailing empty fields) as a regular comma-separated file in which the staged rowid + 2 is
 * still the line an editor shows: the header first, then `headerLine - 1` blank records, then one record
 * per record of the file, each followed by one blank record per extra line a quoted line break took.
 * Blank lines become blank records; the load deletes every blank record and counts those that were lines.
 * Streams with bounded memory: a value over MAX_CELL_CHARS, a line with far more fields than the header,
 * an unclosed quote or a line with another number of values than the header is refused naming the line.
 */
export async function normaliseCsv(
	source: string,
	target: string,
	options: { delimiter: string; headerLine: number; width: number; displayName?: string; columnNames?: string[] }
): Promise<NormaliseResult> {
	const name = options.displayName ?? basename(source);
	const { delimiter, headerLine, width } = options;
	const out = createWriteStream(target);
	const blank = ','.repeat(Math.max(0, width - 1)) + '\n';
	let pending = '';
	const write = async (text: string) => {
		pending += text;
		if (pending.length < 1 << 20) return;
		const chunk = pending;
		pending = '';
		if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
	};
	const refuse = (line: number, reason: string, column?: number) => {
		out.destroy();
		const columnName = column !== undefined && options.columnNames?.[column] ? `（${options.columnNames[column]}）` : '';
		const where = column !== undefined ? `第 ${line} 行第 ${column + 1} 列${columnName}` : `第 ${line} 行`;
		return new LoadRefusal(`${name} ${where}无法读取：${reason}`, source, undefined, line);
	};

	let fillers = 0;
	let blankRows = 0;
	let line = 1; // the editor line being read
	let recordStart = 1;
	let fields: string[] = [];
	let field = '';
	let fieldCount = 0;
	let quoted = false; // inside a quoted value
	let wasQuoted = false; // the current field was quoted
	let afterQuote = false; // just read a quote inside a quoted value (end, or the first of "")
	let pendingCr = false;

	const endField = () => {
		if (fieldCount < width) fields.push(field);
		else if (field.trim() !== '') throw refuse(recordStart, `该行的值比表头多：表头有 ${width} 列，第 ${fieldCount + 1} 个值“${field.slice(0, 20)}”在表头之外`);
		fieldCount++;
		if (fieldCount > width + MAX_EXTRA_FIELDS) throw refuse(recordStart, `该行有超过 ${width + MAX_EXTRA_FIELDS} 个值，表头只有 ${width} 列`);
		field = '';
		wasQuoted = false;
	};
	const endRecord = async () => {
		endField();
		const isBlank = fields.every((f) => f.trim() === '' || /^[\s\u00a0\u3000]*$/.test(f));
		if (recordStart === headerLine) {
			await write(fields.map((f) => quote(f.replace(/[\r\n]+/g, ''))).join(',') + '\n');
			// the lines above the header, and those a line break in a header name took
			for (let i = 1; i < line; i++) await write(blank);
			fillers += line - 1;
		} else if (recordStart > headerLine) {
			if (isBlank) {
				blankRows++;
				await write(blank);
			} else {
				if (fieldCount < width) throw refuse(recordStart, `该行有 ${fieldCount} 个值，表头有 ${width} 列`);
				await write(fields.map(quote).join(',') + '\n');
			}
			for (let l = recordStart + 1; l <= line; l++) {
				await write(blank);
				fillers++;
			}
		}
		fields = [];
		fieldCount = 0;
		recordStart = line + 1;
	};

	const decoder = new StringDecoder('utf8');
	const stream = createReadStream(source, { highWaterMark: 1 << 22 });
	try {
		for await (const chunk of stream) {
			const text = decoder.write(chunk as Buffer);
			for (let i = 0; i < text.length; i++) {
				const c = text[i];
				if (pendingCr) {
					pendingCr = false;
					if (c === '\n') continue; // CRLF: the CR already ended the line
				}
				if (quoted) {
					if (afterQuote) {
						afterQuote = false;
						if (c === '"') {
							field += '"';
							continue;
						}
						quoted = false; // the quote closed the value: fall through to the unquoted handling
					} else if (c === '"') {
						afterQuote = true;
						continue;
					} else {
						if (c === '\n' || c === '\r') {
							line++;
							if (c === '\r') pendingCr = true;
							field += '\n';
						} else field += c;
						if (field.length > MAX_CELL_CHARS) throw refuse(recordStart, `值超过 ${MAX_CELL_CHARS} 个字符`, fieldCount);
						continue;
					}
				}
				if (c === delimiter) endField();
				else if (c === '\n' || c === '\r') {
					if (c === '\r') pendingCr = true;
					await endRecord();
					line++;
				} else if (c === '"' && field.trim() === '' && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
					field = '';
				} else {
					field += c;
					if (field.length > MAX_CELL_CHARS) throw refuse(recordStart, `值超过 ${MAX_CELL_CHARS} 个字符`, fieldCount);
				}
			}
		}
		const rest = decoder.end();
		if (rest) field += rest;
		if (quoted && !afterQuote) throw refuse(recordStart, '引号不成对：从这一行开始的带引号的值直到文件末尾都没有结束引号');
		if (field !== '' || fields.length > 0 || fieldCount > 0) await endRecord();
		if (pending) out.write(pending);
		await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
	} finally {
		stream.destroy();
	}
	return { fillers, blankRows };
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
