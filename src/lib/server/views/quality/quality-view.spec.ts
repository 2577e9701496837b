import { describe, expect, it } from 'vitest';
import { readRule } from './quality-view.ts';

describe('readRule', () => {
	it('accepts the docs/spec/METRICS.md rule keys only', () => {
		expect(readRule('status_conflict')).toBe('status_conflict');
		expect(readRule('enrolment_unmatched')).toBe('enrolment_unmatched');
		expect(readRule('dq_id_invalid OR 1=1')).toBe('id_invalid');
		expect(readRule(null)).toBe('id_invalid');
	});
});
