import { describe, expect, it } from 'vitest';
import { quarterEnd, quarterIndex, quarterRange } from './quarters.ts';

describe('quarters', () => {
	it('maps indexes to quarter-end dates and back', () => {
		expect(quarterEnd(0)).toBe('2014-12-31');
		expect(quarterEnd(1)).toBe('2015-03-31');
		expect(quarterEnd(2)).toBe('2015-06-30');
		expect(quarterEnd(12)).toBe('2017-12-31');
		expect(quarterEnd(-4)).toBe('2013-12-31');
		for (let q = -8; q < 30; q++) expect(quarterIndex(quarterEnd(q))).toBe(q);
	});
	it('rejects dates that are not quarter ends', () => {
		expect(quarterIndex('2015-03-30')).toBeNull();
		expect(quarterIndex('2015-04-30')).toBeNull();
		expect(quarterIndex('20150331')).toBeNull();
	});
	it('lists the default 13 quarters', () => {
		expect(quarterRange()).toEqual(Array.from({ length: 13 }, (_, i) => i));
		expect(() => quarterRange('2017-12-31', '2015-03-31')).toThrow();
	});
});
