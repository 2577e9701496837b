import { describe, expect, it } from 'vitest';
import { nextPeriod } from './due-dates.ts';

describe('nextPeriod', () => {
	it('is the quarter after the one viewed, due the 25th after it (not the system clock)', () => {
		expect(nextPeriod('2016-09-30')).toEqual({ label: '2016年第四季度', due: '2017-01-25' });
		expect(nextPeriod('2017-12-31')).toEqual({ label: '2018年第一季度', due: '2018-04-25' });
		expect(nextPeriod('2015-03-31')).toEqual({ label: '2015年第二季度', due: '2015-07-25' });
	});
});
