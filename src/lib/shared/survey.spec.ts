import { describe, expect, it } from 'vitest';
import { compareCodePoints, progressOf } from './survey.ts';

describe('compareCodePoints', () => {
	it('orders by Unicode code point, not UTF-16 code unit', () => {
		// U+FA11 﨑 < U+20BB7 𠮷 by code point; in UTF-16 the surrogate 0xD842 sorts first
		expect(['𠮷野', '﨑田', '', '张'].sort(compareCodePoints)).toEqual(['', '张', '﨑田', '𠮷野']);
		expect(['𠮷野', '﨑田'].sort()).toEqual(['𠮷野', '﨑田']);
		expect(compareCodePoints('张', '张敏')).toBeLessThan(0);
	});
});

describe('progressOf', () => {
	it('is verified / (to visit + verified), null with nothing to verify', () => {
		expect(progressOf(3, 1)).toEqual({ verified: 1, rate: 0.25 });
		expect(progressOf(0, 0)).toEqual({ verified: 0, rate: null });
	});
});
