import { describe, expect, it } from 'vitest';
import { changeTone, kpiChange, kpiExact, kpiValue } from './kpi-text.ts';

describe('KPI text', () => {
	it('writes rates and counts the Chinese way', () => {
		expect(kpiValue('rate', 0.9214)).toBe('92.1%');
		expect(kpiValue('count', 100296)).toBe('10.0万人');
		expect(kpiValue('count', 9999)).toBe('9,999人');
		expect(kpiExact('count', 100296)).toBe('100,296人');
		expect(kpiValue('rate', null)).toBe('—');
	});
	it('writes changes with their sign and unit', () => {
		expect(kpiChange('rate', 1.26)).toBe('+1.3个百分点');
		expect(kpiChange('count', -120)).toBe('−120人');
		expect(kpiChange('count', 123456)).toBe('+12.3万人');
		expect(kpiChange('count', null)).toBe('无上期数据');
	});
	it('colours a fall in 应参未参 as good news and a fall in coverage as bad', () => {
		expect(changeTone(-120, false, 'count')).toBe('good');
		expect(changeTone(-0.4, true, 'rate')).toBe('bad');
		expect(changeTone(0.02, true, 'rate')).toBe('flat');
	});
});
