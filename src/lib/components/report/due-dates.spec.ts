import { describe, expect, it } from 'vitest';
import { nextDueDate } from './due-dates.ts';

describe('nextDueDate', () => {
	it('is the 25th after the last quarter while it has not passed', () => {
		expect(nextDueDate('2017-01-10')).toBe('2017-01-25');
		expect(nextDueDate('2017-04-25')).toBe('2017-04-25');
		expect(nextDueDate('2017-10-03')).toBe('2017-10-25');
	});

	it('moves to the current quarter once that day has passed', () => {
		expect(nextDueDate('2017-04-26')).toBe('2017-07-25');
		expect(nextDueDate('2016-12-31')).toBe('2017-01-25');
		expect(nextDueDate('2017-02-01')).toBe('2017-04-25');
	});
});
