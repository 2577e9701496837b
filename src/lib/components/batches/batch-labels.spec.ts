import { describe, expect, it } from 'vitest';
import { batchLabels, rateText } from './batch-labels.ts';
import { percent } from '../../shared/format.ts';

describe('batch labels', () => {
	it('names insurance, split and group in Chinese', () => {
		expect(batchLabels({ insurance: 'medical', split: 'unit', grp: 'flexible' })).toEqual({ insurance: '医疗保险', split: '按单位（AAB001）', group: '灵活就业人员' });
		expect(batchLabels({ insurance: 'pension', split: 'region', grp: '' }).group).toBe('全部应参未参');
	});
	it('shows — for a rate without base', () => {
		const row = { key: 'x', name: null, sent: 2, insured: 0, uninsured: 0, excluded: 2, other: 0, absent: 0, rate: null };
		expect(rateText(row)).toBe('—');
		expect(rateText({ ...row, rate: 0.5 })).toBe(percent(0.5));
	});
});
