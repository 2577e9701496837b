import { describe, expect, it } from 'vitest';
import { shrinkOf, shrinkText } from './shrink.ts';

describe('shrinkOf', () => {
	it('flags a replacement below half of the loaded persons, not one at half or above', () => {
		expect(shrinkOf('2017-12-31', 980_007, 19_622)).toEqual({ asOf: '2017-12-31', before: 980_007, after: 19_622, change: (19_622 - 980_007) / 980_007 });
		expect(shrinkOf('2017-12-31', 1000, 500)).toBe(null);
		expect(shrinkOf('2017-12-31', 1000, 499)?.after).toBe(499);
		expect(shrinkOf('2017-12-31', 1000, 0)?.change).toBe(-1);
		expect(shrinkOf('2017-12-31', 1000, 5000)).toBe(null);
	});

	it('needs nothing when the date was not loaded', () => {
		expect(shrinkOf('2017-12-31', null, 0)).toBe(null);
		expect(shrinkOf('2017-12-31', 0, 0)).toBe(null);
	});

	it('reads as the issue asks', () => {
		expect(shrinkText(shrinkOf('2017-12-31', 980_007, 19_622)!)).toBe('980,007 → 19,622（−98%）');
		expect(shrinkText(shrinkOf('2017-12-31', 48_961, 0)!)).toBe('48,961 → 0（−100%）');
		expect(shrinkText(shrinkOf('2017-12-31', 100_000, 1)!)).toBe('100,000 → 1（−99%）');
	});
});
