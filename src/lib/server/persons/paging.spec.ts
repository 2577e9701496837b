import { describe, expect, it } from 'vitest';
import { pageOf, pageWindow, splitPage } from './paging.ts';

describe('person list paging', () => {
	it('reads the page number, falling back to 1', () => {
		expect(pageOf('3')).toBe(3);
		expect(pageOf('0')).toBe(1);
		expect(pageOf('2.5')).toBe(1);
		expect(pageOf('1;DROP')).toBe(1);
		expect(pageOf(null)).toBe(1);
	});

	it('reads one row more than a page to know if another follows', () => {
		expect(pageWindow(3, 50)).toEqual({ limit: 51, offset: 100 });
		expect(splitPage([1, 2, 3], 2)).toEqual({ rows: [1, 2], hasMore: true });
		expect(splitPage([1, 2], 2)).toEqual({ rows: [1, 2], hasMore: false });
	});
});
