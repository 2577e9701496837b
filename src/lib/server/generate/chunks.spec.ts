import { describe, expect, it } from 'vitest';
import { planChunks } from './chunks.ts';

describe('planChunks', () => {
	it('covers every person once, in whole counties', () => {
		const counties = [ { lo: 0, hi: 40 }, { lo: 40, hi: 40 }, { lo: 40, hi: 100 }, { lo: 100, hi: 130 }, { lo: 130, hi: 131 } ];
		const chunks = planChunks(counties, 50);
		expect(chunks).toEqual([
			{ index: 0, lo: 0, hi: 100 },
			{ index: 1, lo: 100, hi: 131 }
		]);
		expect(planChunks(counties, 1).length).toBe(4);
		expect(planChunks([], 10)).toEqual([]);
	});
});
