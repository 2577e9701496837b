import { describe, expect, it } from 'vitest';
import { competitionRanks, higherIsBetter } from './ranking.ts';

describe('competition ranks', () => {
	it('shares the better rank on ties and skips the next (1, 2, 2, 4)', () => {
		expect(competitionRanks([0.95, 0.9, 0.9, 0.8], true)).toEqual([1, 2, 2, 4]);
		expect(competitionRanks([3, 1, 1, 0], false)).toEqual([4, 2, 2, 1]);
	});
	it('never ranks a missing value, and does not let it take a place', () => {
		expect(competitionRanks([null, 0.5, 0.7], true)).toEqual([null, 2, 1]);
		expect(competitionRanks([null, null], true)).toEqual([null, null]);
	});
	it('ranks rates high-first and problem counts low-first', () => {
		expect(higherIsBetter('pension.coverage')).toBe(true);
		expect(higherIsBetter('registration_rate')).toBe(true);
		expect(higherIsBetter('pension.insured')).toBe(true);
		expect(higherIsBetter('pension.uninsured')).toBe(false);
		expect(higherIsBetter('medical.gap_to_target')).toBe(false);
		expect(higherIsBetter('pension.duplicate_enrolled')).toBe(false);
		expect(higherIsBetter('id_invalid')).toBe(false);
	});
});
