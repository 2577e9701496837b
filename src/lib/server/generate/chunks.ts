/** A run of whole counties processed together: [lo, hi) of person ids. */
export interface Chunk {
	index: number;
	lo: number;
	hi: number;
}

/**
 * Groups consecutive counties (persons are numbered county by county) into chunks of about
 * `target` persons. Whole counties keep ID sequence numbers unique; the size bounds memory.
 */
export function planChunks(counties: { lo: number; hi: number }[], target: number): Chunk[] {
	const chunks: Chunk[] = [];
	let start: number | null = null;
	let end = 0;
	for (const c of counties) {
		if (c.hi <= c.lo) continue;
		if (start === null) start = c.lo;
		end = c.hi;
		if (end - start >= target) {
			chunks.push({ index: chunks.length, lo: start, hi: end });
			start = null;
		}
	}
	if (start !== null) chunks.push({ index: chunks.length, lo: start, hi: end });
	return chunks;
}
