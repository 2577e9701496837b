import { describe, expect, it } from 'vitest';
import { checkDetail, checkLabel } from './check-text.ts';

describe('check text', () => {
	it('names the rules in Chinese', () => {
		expect(checkLabel('甲栏 total = sum of rows')).toBe('甲栏：合计 = 各行之和（含本级）');
		expect(checkLabel('(2)<=(1)')).toBe('(2) 已获得数据人数 ≤ (1) 户籍人口数');
		expect(checkLabel('other')).toBe('other');
	});
	it('formats the numbers of a failure and leaves column numbers alone', () => {
		expect(checkDetail('(1) 918795 ≠ (3)-(4)+(5)+(6)+(7) = 918000-12+800+7+0 = 918795')).toBe('(1) 918,795 ≠ (3)-(4)+(5)+(6)+(7) = 918,000-12+800+7+0 = 918,795');
		expect(checkDetail('(12) 合计 10000 ≠ 各行之和 9999')).toBe('(12) 合计 10,000 ≠ 各行之和 9,999');
	});
});
