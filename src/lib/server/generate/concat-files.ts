import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Appends the parts to `target` in order, byte for byte (the CSV parts after the first carry no header). */
export async function concatFiles(parts: string[], target: string): Promise<void> {
	const out = await open(target, 'w');
	try {
		for (const part of parts) {
			// streamed in 1 MB pieces so memory stays flat whatever the part size
			for await (const piece of createReadStream(part, { highWaterMark: 1 << 20 })) {
				await out.write(piece as Buffer);
			}
		}
	} finally {
		await out.close();
	}
}
