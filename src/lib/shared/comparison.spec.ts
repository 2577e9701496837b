import { describe, expect, it } from 'vitest';
import { compareOptions, resolveComparison, yearEarlier } from './comparison.ts';

const LOADED = ['2015-12-31', '2016-09-30', '2016-12-31', '2017-03-31'];

describe('resolveComparison', () => {
	it('defaults to the previous loaded snapshot, and to none on the first', () => {
		expect(resolveComparison(LOADED, '2016-12-31', null)).toMatchObject({ mode: 'previous', vs: '2016-09-30', label: '较上期（2016年三季度）', short: '较上期', problem: null });
		expect(resolveComparison(LOADED, '2015-12-31', undefined)).toMatchObject({ vs: null, label: '无上期数据', problem: null });
	});
	it('同比 is the same quarter a year earlier, or the previous snapshot with the reason when that is not loaded', () => {
		expect(resolveComparison(LOADED, '2016-12-31', 'yoy')).toMatchObject({ mode: 'yoy', vs: '2015-12-31', label: '同比（较2015年四季度）', short: '同比', problem: null });
		const missing = resolveComparison(LOADED, '2017-03-31', 'yoy');
		expect(missing).toMatchObject({ mode: 'previous', vs: '2016-12-31' });
		expect(missing.problem).toBe('同比需要2016年一季度（2016-03-31）的快照，尚未导入；改为与上期比较');
	});
	it('an explicit date must be a loaded snapshot earlier than the chosen one', () => {
		expect(resolveComparison(LOADED, '2017-03-31', '2016-09-30')).toMatchObject({ mode: 'date', vs: '2016-09-30', label: '较2016年三季度', short: '较2016年三季度' });
		expect(resolveComparison(LOADED, '2016-09-30', '2016-12-31').problem).toBe('对比快照 2016-12-31 须早于所选快照 2016-09-30；改为与上期比较');
		expect(resolveComparison(LOADED, '2017-03-31', '2016-06-30').problem).toContain('没有 2016-06-30 的快照');
		expect(resolveComparison(LOADED, '2017-03-31', 'lastyear').problem).toContain('对比快照“lastyear”无效');
		expect(resolveComparison(LOADED, '2016-12-31', '2015-12-31').label).toBe('同比（较2015年四季度）');
	});
});

describe('yearEarlier and compareOptions', () => {
	it('steps back a year, 29 February to 28 February', () => {
		expect(yearEarlier('2017-03-31')).toBe('2016-03-31');
		expect(yearEarlier('2016-02-29')).toBe('2015-02-28');
	});
	it('offers 上期, 同比 (disabled with a reason) and every earlier snapshot, latest first', () => {
		const options = compareOptions(LOADED, '2017-03-31');
		expect(options.map((o) => o.value)).toEqual(['', 'yoy', '2016-12-31', '2016-09-30', '2015-12-31']);
		expect(options[1]).toMatchObject({ disabled: true, reason: '未导入2016年一季度的快照' });
		expect(compareOptions(LOADED, '2016-12-31')[1]).toMatchObject({ disabled: false, reason: null });
	});
});
