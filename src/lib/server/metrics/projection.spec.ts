import { describe, expect, it } from 'vitest';
import { isoDay, projectTargetDate, PROJECTION_HORIZON_YEARS } from './projection.ts';

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
	it('a near-zero rising slope is "not within 50 years": null, never an exception (finding 4)', () => {
		// +1e-12 per quarter: the crossing lies ~1e11 years ahead, far beyond JavaScript's dates
		const flat = [
			{ asOf: '2015-03-31', coverage: 0.5 },
			{ asOf: '2015-06-30', coverage: 0.5 + 1e-12 }
		];
		expect(() => projectTargetDate(flat, 0.9)).not.toThrow();
		expect(projectTargetDate(flat, 0.9)).toBeNull();
		// 0.4 to go at 0.01 per 91 days: 3,640 days after 2016-01-01 (2026-01-01 is 3,653 days), inside the horizon
		expect(projectTargetDate([{ asOf: '2016-01-01', coverage: 0.5 }, { asOf: '2016-04-01', coverage: 0.51 }], 0.9)).toBe('2025-12-19');
		// 0.4 to go at 0.001 per 91 days: ~100 years ahead, beyond the 50-year horizon
		expect(PROJECTION_HORIZON_YEARS).toBe(50);
		expect(projectTargetDate([{ asOf: '2016-01-01', coverage: 0.5 }, { asOf: '2016-04-01', coverage: 0.501 }], 0.9)).toBeNull();
		expect(isoDay(1e12)).toBeNull();
		expect(isoDay(0)).toBe('1970-01-01');
	});
});
