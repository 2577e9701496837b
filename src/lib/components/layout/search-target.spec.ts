import { describe, expect, it } from 'vitest';
import { moveActive, searchTarget } from './search-target.ts';

describe('searchTarget', () => {
	it('opens the current region page for the region found, keeping snapshot and insurance', () => {
		const current = new URLSearchParams('region=52&snapshot=2017-06-30&insurance=medical&sort=rate&level=township');
		expect(searchTarget('/rank', current, '520521004')).toBe('/rank?snapshot=2017-06-30&insurance=medical&region=520521004');
		expect(searchTarget('/quality/rows', current, '5205')).toBe('/quality?snapshot=2017-06-30&insurance=medical&region=5205');
	});
	it('opens 总览 from pages that show no region', () => {
		expect(searchTarget('/snapshots', new URLSearchParams(), '520521004')).toBe('/overview?region=520521004');
		expect(searchTarget('/help', new URLSearchParams('snapshot=2017-12-31'), '52')).toBe('/overview?snapshot=2017-12-31&region=52');
	});
});

describe('moveActive', () => {
	it('moves through the answers with the arrow keys and wraps around', () => {
		expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
		expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
		expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
		expect(moveActive(-1, 0, 'ArrowDown')).toBe(-1);
	});
});
