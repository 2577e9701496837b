import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';

/** Re-encodes a GB18030/GBK or UTF-16 file as UTF-8 (DuckDB's CSV reader reads UTF-8 only). */
export async function toUtf8(source: string, target: string, encoding: 'gb18030' | 'utf16le' | 'utf16be'): Promise<void> {
	await pipeline(
		createReadStream(source, { highWaterMark: 1 << 20 }),
		iconv.decodeStream(encoding),
		iconv.encodeStream('utf8'),
		createWriteStream(target)
	);
}

/** Re-encodes a GB18030/GBK file as UTF-8. */
export async function gb18030ToUtf8(source: string, target: string): Promise<void> {
	await toUtf8(source, target, 'gb18030');
}
