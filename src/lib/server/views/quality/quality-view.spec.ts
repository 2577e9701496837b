import { describe, expect, it } from 'vitest';
import { readRule } from './quality-view.ts';

describe('readRule', () => {
	it('accepts the rule keys of the page only (docs/spec/METRICS.md and its own)', () => {
		expect(readRule('status_conflict')).toBe('status_conflict');
		expect(readRule('enrolment_unmatched')).toBe('enrolment_unmatched');
		expect(readRule('birth_unreadable')).toBe('birth_unreadable'); // the page's own rule
		expect(readRule('dq_id_invalid OR 1=1')).toBe('id_invalid');
		expect(readRule(null)).toBe('id_invalid');
	});
});
