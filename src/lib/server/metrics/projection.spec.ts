import { describe, expect, it } from 'vitest';
import { projectTargetDate } from './projection.ts';

describe('projection', () => {
	it('reaches the target on the first whole day the least-squares line crosses it', () => {
		// exact line: +0.1 per 100 days from 0.5 at 2016-01-01 → 0.9 after exactly 400 days
		const points = [
			{ asOf: '2016-01-01', coverage: 0.5 },
			{ asOf: '2016-04-10', coverage: 0.6 } // day 100
		];
		expect(projectTargetDate(points, 0.9)).toBe('2017-02-04'); // 2016-01-01 + 400 days (±1 allowed by the spec)
	});
	it('uses only the last four snapshots with a coverage', () => {
		const falling = [
			{ asOf: '2015-01-01', coverage: 0.99 },
			{ asOf: '2015-04-01', coverage: 0.2 },
			{ asOf: '2015-07-01', coverage: null },
			{ asOf: '2015-10-01', coverage: 0.3 },
			{ asOf: '2016-01-01', coverage: 0.4 },
			{ asOf: '2016-04-01', coverage: 0.5 }
		];
		expect(projectTargetDate(falling, 0.9)).not.toBeNull();
	});
	it('is null with fewer than two points or a slope that does not rise', () => {
		expect(projectTargetDate([{ asOf: '2016-01-01', coverage: 0.5 }], 0.9)).toBeNull();
		expect(projectTargetDate([{ asOf: '2016-01-01', coverage: 0.5 }, { asOf: '2016-04-01', coverage: 0.5 }], 0.9)).toBeNull();
		expect(projectTargetDate([{ asOf: '2016-01-01', coverage: 0.6 }, { asOf: '2016-04-01', coverage: 0.5 }], 0.9)).toBeNull();
	});
});
