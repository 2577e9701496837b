import { describe, expect, it } from 'vitest';
import { higherIsBetter, METRIC_CATALOGUE, rankableMetrics, REPORT_COLUMNS } from './metric-catalogue.ts';

describe('metric catalogue', () => {
	it('maps the 17 情况表 columns in the seed order (41号 附件3)', () => {
		expect(Object.keys(REPORT_COLUMNS)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
		expect(REPORT_COLUMNS['1']).toBe('huji_population');
		expect(REPORT_COLUMNS['9']).toBe('pension.uninsured');
		expect(REPORT_COLUMNS['14']).toBe('medical.duplicate_benefit');
		expect(REPORT_COLUMNS['17']).toBe('maternity.uninsured');
	});

	it('ranks rates high-first and counts of problems low-first, as docs/spec/METRICS.md "rank" says', () => {
		for (const key of ['pension.coverage', 'registration_rate', 'verification_rate', 'medical.insured']) expect(higherIsBetter(key)).toBe(true);
		for (const key of ['pension.uninsured', 'pension.gap_to_target', 'pension.duplicate_enrolled', 'id_invalid', 'status_conflict', 'to_verify'])
			expect(higherIsBetter(key)).toBe(false);
	});

	it('has unique keys and a Chinese label for each; every figure is rankable', () => {
		const keys = METRIC_CATALOGUE.map((m) => m.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(METRIC_CATALOGUE.every((m) => /[\u4e00-\u9fff]/.test(m.label))).toBe(true);
		expect(rankableMetrics()).toContain('pension.coverage');
		expect(rankableMetrics()).not.toContain('pension.groups');
	});
});
