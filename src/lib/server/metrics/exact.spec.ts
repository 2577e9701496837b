import { describe, expect, it } from 'vitest';
import { gapToTarget, statusColour } from './exact.ts';

describe('target arithmetic', () => {
	it('needs ceil(t × eligible) insured, exactly', () => {
		expect(gapToTarget(0, 10, 0.9)).toBe(9); // 0.9 × 10 is 9, not 9.000000000000002
		expect(gapToTarget(7, 10, 0.9)).toBe(2);
		expect(gapToTarget(22, 38, 0.9)).toBe(13); // ceil(34.2) − 22
		expect(gapToTarget(33, 41, 0.95)).toBe(6); // ceil(38.95) − 33
		expect(gapToTarget(12, 10, 0.9)).toBe(0);
		expect(gapToTarget(0, 0, 0.9)).toBe(0);
	});
	it('draws half-open colour bands: 90.0% green, 89.99% amber, below 85% red', () => {
		expect(statusColour(9, 10, 0.9, 5)).toBe('green');
		expect(statusColour(8999, 10000, 0.9, 5)).toBe('amber');
		expect(statusColour(85, 100, 0.9, 5)).toBe('amber');
		expect(statusColour(8499, 10000, 0.9, 5)).toBe('red');
		expect(statusColour(0, 0, 0.9, 5)).toBeNull();
	});
});
