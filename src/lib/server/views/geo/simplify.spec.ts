import { describe, expect, it } from 'vitest';
import { simplifyRing } from './simplify.ts';

describe('simplifyRing', () => {
	it('rounds, drops points too close to the last kept one and keeps the ring closed', () => {
		const ring = [[106.0001, 26.0001], [106.0004, 26.0002], [106.01, 26.0], [106.01, 26.01], [106.0, 26.01], [106.0001, 26.0001]];
		const out = simplifyRing(ring, 0.002);
		expect(out[0]).toEqual([106, 26]);
		expect(out[out.length - 1]).toEqual(out[0]);
		expect(out).toHaveLength(5);
	});
	it('keeps a ring that would collapse as it was (rounded)', () => {
		const tiny = [[1, 1], [1.0001, 1], [1.0001, 1.0001], [1, 1]];
		expect(simplifyRing(tiny, 0.01)).toHaveLength(4);
	});
});
