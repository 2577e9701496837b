import { describe, expect, it } from 'vitest';
import { dimensionOr, isDimension, readFilters } from './dimensions.ts';

describe('cross-tab dimensions', () => {
	it('accepts only whitelisted dimension keys', () => {
		expect(isDimension('age_band')).toBe(true);
		expect(isDimension('aac002')).toBe(false);
		expect(dimensionOr('sex; DROP TABLE persons', 'region')).toBe('region');
		expect(dimensionOr('hukou', 'region')).toBe('hukou');
	});

	it('reads one filter value per dimension and ignores malformed ones', () => {
		const filters = readFilters(new URLSearchParams('sex=2&age_band=16-29&hukou=%27or1&region=52&status=92'));
		expect(filters).toEqual({ sex: '2', age_band: '16-29', status: '92' });
	});
});
