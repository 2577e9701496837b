import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, expectedPensionCoverage, scheduleFor, stageAt } from './plan.ts';

describe('the Guizhou plan from the seeds', () => {
	it('has the targets of SNAPSHOT.md', () => {
		expect(DEFAULT_PLAN.targets).toEqual({ pension: 0.9, medical: 0.95, injury: 0.9, unemployment: 0.9, maternity: 0.9 });
	});
	it('puts 遵义 in the 2014 pilot, 毕节 in 2015 and 贵阳 in 2016, down to their counties', () => {
		expect(scheduleFor(DEFAULT_PLAN, '520328').key).toBe('pilot-2014');
		expect(scheduleFor(DEFAULT_PLAN, '5205').key).toBe('pilot-2015');
		expect(scheduleFor(DEFAULT_PLAN, '520102016').key).toBe('general-2016');
	});
	it('places each region in a stage by date', () => {
		expect(stageAt(DEFAULT_PLAN, '5203', '2014-12-31')).toBe('实施准备');
		expect(stageAt(DEFAULT_PLAN, '5201', '2014-12-31')).toBe('未启动');
		expect(stageAt(DEFAULT_PLAN, '5201', '2016-12-31')).toBe('入户调查');
		expect(stageAt(DEFAULT_PLAN, '52', '2017-12-31')).toBe('总结评估');
	});
	it('expects pension coverage by the milestones of the schedule', () => {
		expect(expectedPensionCoverage(DEFAULT_PLAN, '5203', '2015-06-30')).toBeNull();
		expect(expectedPensionCoverage(DEFAULT_PLAN, '5203', '2016-12-31')).toBe(0.9);
		expect(expectedPensionCoverage(DEFAULT_PLAN, '5201', '2016-12-31')).toBe(0.8);
	});
});
