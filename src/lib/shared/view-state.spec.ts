import { describe, expect, it } from 'vitest';
import { readViewState, viewHref } from './view-state.ts';

describe('view state in the URL', () => {
	it('reads region, snapshot and insurance, defaulting to pension', () => {
		expect(readViewState(new URLSearchParams('region=5203&snapshot=2016-12-31'))).toEqual({
			region: '5203',
			snapshot: '2016-12-31',
			insurance: 'pension'
		});
		expect(readViewState(new URLSearchParams('insurance=medical')).insurance).toBe('medical');
		expect(readViewState(new URLSearchParams('insurance=bogus')).insurance).toBe('pension');
	});
	it('keeps the other keys when changing one', () => {
		const href = viewHref('/rank', new URLSearchParams('region=52&snapshot=2016-12-31'), { region: '5203', sort: null });
		expect(href).toBe('/rank?region=5203&snapshot=2016-12-31');
	});
});
