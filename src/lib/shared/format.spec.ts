import { describe, expect, it } from 'vitest';
import { beijingTime, chineseDate, count, people, peopleShort, percent, points, signedPeopleShort } from './format.ts';

describe('Chinese number formats', () => {
	it('shows rates as percent with one decimal', () => {
		expect(percent(0.923)).toBe('92.3%');
		expect(percent(0.9)).toBe('90.0%');
		expect(percent(null)).toBe('—');
	});
	it('groups thousands and appends 人', () => {
		expect(count(1234)).toBe('1,234');
		expect(people(1234)).toBe('1,234人');
	});
	it('uses 万 from ten thousand on', () => {
		expect(peopleShort(123_000)).toBe('12.3万人');
		expect(peopleShort(9_999)).toBe('9,999人');
		expect(signedPeopleShort(-123_000)).toBe('−12.3万人');
		expect(signedPeopleShort(0)).toBe('±0人');
	});
	it('signs percentage-point changes', () => {
		expect(points(1.3)).toBe('+1.3个百分点');
		expect(points(-0.25)).toBe('−0.3个百分点');
		expect(points(0)).toBe('±0.0个百分点');
		expect(points(null)).toBe('—');
	});
	it('writes dates the Chinese way', () => {
		expect(chineseDate('2016-12-31')).toBe('2016年12月31日');
	});
});

describe('beijingTime', () => {
	it('writes UTC moments in Beijing time, a zoneless stamp counting as UTC', () => {
		expect(beijingTime('2026-12-02T14:59:26')).toBe('2026-12-02 22:59:26');
		expect(beijingTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00:00');
		expect(beijingTime('2017-06-30 20:05:01')).toBe('2017-07-01 04:05:01');
		expect(beijingTime(null)).toBe('—');
	});
});
