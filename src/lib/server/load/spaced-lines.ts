import { open } from 'node:fs/promises';

/**
 * The lines of a UTF-8 CSV file that hold a byte of the white space the loader trims (space, tab, a
 * carriage return not ending a line, U+3000, U+00A0), by line number (the header is line 1, so a staged row's
 * line number is rowid + 2). The load's trim test (queries/macros/values.sql) then runs only on those
 * rows: nearly every row of a registry extract has none, and testing every row cost 0.7 s per 1M persons.
 *
 * Null, meaning "test every row", where file lines might not be the rows DuckDB reads: a double quote
 * anywhere (a quoted value may hold a line break), a lone carriage return (DuckDB ends a row there) or
 * an empty line; also when more than `maxLines` lines have white space, where the list would not help.
 */
export async function spacedLines(
	path: string,
	options: { delimiter?: string; chunkBytes?: number; maxLines?: number } = {}
): Promise<number[] | null> {
	return (await scanLines(path, options)).lines;
}

/**
 * spacedLines' answer, and whether the file has an empty line anywhere (DuckDB's reader skips empty
 * lines, so the staged rowid would no longer be the line: the load then rewrites the file first, see
 * csv-normalise.ts). After the list is given up the scan goes on looking only for empty lines.
 */
export async function scanLines(
	path: string,
	options: { delimiter?: string; chunkBytes?: number; maxLines?: number } = {}
): Promise<{ lines: number[] | null; emptyLines: boolean; longestLine: number; scientific: boolean }> {
	const chunkBytes = options.chunkBytes ?? 16 << 20;
	const maxLines = options.maxLines ?? 200_000;
	// in a tab-separated file a tab separates values: an unquoted value cannot start or end with one
	const spaceBytes = options.delimiter === '\t' ? [0x20] : [0x20, 0x09];
	const file = await open(path, 'r');
	try {
		let found: number[] | null = [];
		let emptyLines = false;
		let scientific = false; // "E+" or "e+" somewhere: a number a spreadsheet wrote in scientific notation
		let longestLine = 0;
		let lineStart = 0; // file offset where the current line starts
		let offset = 0; // file offset of buffer[0]
		let buffer = Buffer.alloc(chunkBytes);
		let carried = 0; // bytes of an unfinished line kept at the start of `buffer`
		let firstLine = 1; // number of the first line in `buffer`
		for (;;) {
			if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]); // a line longer than a chunk
			const { bytesRead } = await file.read(buffer, carried, buffer.length - carried, null);
			const end = carried + bytesRead;
			const atEnd = bytesRead === 0;
			// whole lines only, except the file's last line, which may lack its line break
			const cut = atEnd ? end : buffer.lastIndexOf(10, end - 1) + 1;
			if (cut > 0) {
				const lines = buffer.subarray(0, cut);
				if (!emptyLines && hasEmptyLine(lines)) emptyLines = true;
				if (!scientific && (lines.includes('E+') || lines.includes('e+'))) scientific = true;
				let hits: ReturnType<typeof spacedIn> = null;
				if (found !== null) {
					hits = spacedIn(lines, firstLine, atEnd, spaceBytes);
					if (hits === null) found = null;
					else {
						for (const line of hits.lines) found.push(line);
						if (found.length > maxLines) found = null;
						firstLine += hits.lineCount;
					}
				}
				// the longest line, from the line ends spacedIn walked (or a walk of its own once the list is given up)
				const ends = hits?.firstEnd !== undefined ? hits : lineEnds(lines);
				if (ends.firstEnd >= 0) {
					longestLine = Math.max(longestLine, offset + ends.firstEnd - lineStart, ends.longestInside);
					lineStart = offset + ends.lastEnd + 1;
				}
				if (atEnd) longestLine = Math.max(longestLine, offset + cut - lineStart);
			}
			if (atEnd) return { lines: found, emptyLines, longestLine, scientific };
			buffer.copy(buffer, 0, cut, end);
			carried = end - cut;
			offset += cut;
		}
	} finally {
		await file.close();
	}
}

/** The first and last line break of `lines` and the longest line between them (−1 when none). */
function lineEnds(lines: Buffer): { firstEnd: number; lastEnd: number; longestInside: number } {
	const firstEnd = lines.indexOf(10);
	let longestInside = 0;
	let last = firstEnd;
	for (let at = firstEnd < 0 ? -1 : lines.indexOf(10, firstEnd + 1); at >= 0; at = lines.indexOf(10, at + 1)) {
		if (at - last - 1 > longestInside) longestInside = at - last - 1;
		last = at;
	}
	return { firstEnd, lastEnd: last, longestInside };
}

function hasEmptyLine(lines: Buffer): boolean {
	return lines[0] === 0x0a || (lines[0] === 0x0d && lines[1] === 0x0a) || lines.includes('\n\n') || lines.includes('\n\r\n');
}

/**
 * White-space lines of `lines` (whole lines, the first numbered `firstLine`; `spaceBytes` the ASCII white
 * space to look for) and how many lines it has.
 */
function spacedIn(
	lines: Buffer,
	firstLine: number,
	last: boolean,
	spaceBytes: number[]
): { lines: number[]; lineCount: number; firstEnd: number; lastEnd: number; longestInside: number } | null {
	if (hasEmptyLine(lines) || lines.includes(0x22)) return null;
	const offsets: number[] = [];
	for (const byte of spaceBytes) {
		for (let at = lines.indexOf(byte); at >= 0; at = lines.indexOf(byte, at + 1)) offsets.push(at);
	}
	for (let at = lines.indexOf(0xe3); at >= 0; at = lines.indexOf(0xe3, at + 1)) {
		if (lines[at + 1] === 0x80 && lines[at + 2] === 0x80) offsets.push(at); // U+3000 in UTF-8
	}
	// U+00A0 (no-break space) in UTF-8; 0xC2 is never a continuation byte, so Chinese text has none
	for (let at = lines.indexOf(0xc2); at >= 0; at = lines.indexOf(0xc2, at + 1)) {
		if (lines[at + 1] === 0xa0) offsets.push(at);
	}
	for (let at = lines.indexOf(0x0d); at >= 0; at = lines.indexOf(0x0d, at + 1)) {
		if (lines[at + 1] !== 0x0a) return null; // a lone CR (or one ending the file without a LF)
	}
	offsets.sort((a, b) => a - b);
	// walk the line breaks once, numbering each offset's line
	const spaced: number[] = [];
	let line = firstLine;
	const firstEnd = lines.indexOf(10);
	let lineEnd = firstEnd;
	let lastEnd = firstEnd;
	let longestInside = 0;
	const next = () => {
		const following = lines.indexOf(10, lineEnd + 1);
		if (following >= 0) {
			if (following - lineEnd - 1 > longestInside) longestInside = following - lineEnd - 1;
			lastEnd = following;
		}
		lineEnd = following;
	};
	for (const at of offsets) {
		while (lineEnd >= 0 && lineEnd < at) {
			line++;
			next();
		}
		if (spaced[spaced.length - 1] !== line) spaced.push(line);
	}
	let lineCount = line - firstLine;
	while (lineEnd >= 0) {
		lineCount++;
		next();
	}
	// a last line without its line break still counts
	if (last && lines.length > 0 && lines[lines.length - 1] !== 0x0a) lineCount++;
	return { lines: spaced, lineCount, firstEnd, lastEnd, longestInside };
}
