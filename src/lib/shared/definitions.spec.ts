import { describe, expect, it } from 'vitest';
import { definitionOf, definitionTitle } from './definitions.ts';

describe('definitions', () => {
	it('finds a definition by its docs/spec/METRICS.md key with or without the insurance', () => {
		expect(definitionOf('pension.coverage')?.name).toBe('参保率');
		expect(definitionOf('medical.gap_to_target')?.name).toBe('距目标还差');
		expect(definitionOf('registration_rate')?.name).toBe('全民参保登记率');
		expect(definitionOf('pension.nothing')).toBeNull();
	});
	it('writes the hover text with the formula first', () => {
		expect(definitionTitle('pension.coverage').startsWith('参保率 = 已参保人数 ÷ 应参保人数。')).toBe(true);
		expect(definitionTitle('unknown')).toBe('');
	});
});
