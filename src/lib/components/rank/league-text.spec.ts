import { describe, expect, it } from 'vitest';
import { metricValueText, movementText } from './league-text.ts';

describe('league text', () => {
	it('writes rank movements', () => {
		expect([2, -1, 0, null].map(movementText)).toEqual(['升2位', '降1位', '持平', '—']);
	});
	it('writes rates as percent and counts as persons, missing as —', () => {
		expect(metricValueText('pension.coverage', 0.9)).toBe('90.0%');
		expect(metricValueText('verification_rate', null)).toBe('—');
		expect(metricValueText('pension.uninsured', 1234)).toBe('1,234人');
	});
});
