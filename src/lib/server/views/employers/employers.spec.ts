import { describe, expect, it } from 'vitest';
import { isFlagged, streakOf } from './employers.ts';
import { streakLabel, type UnitInsurance } from '../../../shared/employers.ts';

const ins = (insured: number, notEnrolled: number, shortfall: number | null): UnitInsurance => ({ digit: '1', insured, notEnrolled, shortfall });

describe('employer flags and runs', () => {
	it('flags 92 staff or a shortfall against the headcount, not a blank headcount', () => {
		expect(isFlagged([ins(3, 0, 0), ins(3, 1, 0)])).toBe(true);
		expect(isFlagged([ins(2, 0, 1)])).toBe(true);
		expect(isFlagged([ins(2, 0, null), ins(2, 0, 0)])).toBe(false);
	});

	it('counts flagged snapshots back from the latest; absent or clean breaks the run', () => {
		expect(streakOf([{ flagged: true }, { flagged: true }, { flagged: false }, { flagged: true }])).toBe(2);
		expect(streakOf([{ flagged: true }, { flagged: null }, { flagged: true }])).toBe(1);
		expect(streakOf([{ flagged: false }])).toBe(0);
	});

	it('says 连续N期 only beyond two', () => {
		expect([1, 2, 3, 7].map(streakLabel)).toEqual(['本期新出现', '上期也未改正', '连续3期', '连续7期']);
	});
});
