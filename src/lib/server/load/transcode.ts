import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';

/** Re-encodes a GB18030/GBK file as UTF-8 (DuckDB's CSV reader reads UTF-8 only). */
export async function gb18030ToUtf8(source: string, target: string): Promise<void> {
	await pipeline(
		createReadStream(source, { highWaterMark: 1 << 20 }),
		iconv.decodeStream('gb18030'),
		iconv.encodeStream('utf8'),
		createWriteStream(target)
	);
}
