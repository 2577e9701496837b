import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, PRESETS, expectedPensionCoverage, planFrom, scheduleFor, stageAt, stagesAt, type Plan } from './plan.ts';
import { planErrors } from './plan-validate.ts';

describe('the Guizhou plan from the seeds', () => {
	it('has the targets of docs/spec/SNAPSHOT.md', () => {
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

describe('stage lookup with overlapping stages (连云港 seed 002)', () => {
	const lyg = PRESETS.lianyungang;
	it('returns every stage containing the date, in schedule order', () => {
		// 宣传发动 and 实施准备 both run 2016-02-01..2016-03-31; 信息汇集比对 starts 03-01
		expect(stagesAt(lyg, '3207', '2016-02-15')).toEqual(['宣传发动', '实施准备']);
		expect(stagesAt(lyg, '3207', '2016-03-31')).toEqual(['宣传发动', '实施准备', '信息汇集比对']);
		expect(stagesAt(lyg, '3207', '2016-04-30')).toEqual(['信息汇集比对']);
		expect(stageAt(lyg, '3207', '2016-03-15')).toBe('宣传发动、实施准备、信息汇集比对');
	});
	it('gives 未启动 before the first stage and the latest begun stage in a gap', () => {
		expect(stagesAt(lyg, '3207', '2016-01-31')).toEqual(['未启动']);
		// 入户调查 ends 10-31, 考核验收 starts 11-21: 11-10 is in no stage
		expect(stagesAt(lyg, '3207', '2016-11-10')).toEqual(['入户调查']);
		expect(stagesAt(lyg, '3207', '2016-11-25')).toEqual(['考核验收']);
		expect(stagesAt(lyg, '3207', '2017-12-31')).toEqual(['常态化管理、持续扩面']);
	});
	it('follows the staggered pilot schedule for regions assigned to it', () => {
		const plan = { ...lyg, regions: { '320706': 'pilot' } };
		expect(stagesAt(plan, '320706001', '2016-03-15')).toEqual(['宣传发动', '实施准备', '信息汇集比对', '试点先行', '入户调查']);
		expect(stagesAt(plan, '320707', '2016-03-15')).toEqual(['宣传发动', '实施准备', '信息汇集比对']);
	});
	it('东至: 参保扩面 runs the whole of 2017 beside the other stages', () => {
		expect(stagesAt(PRESETS.dongzhi, '341721', '2017-06-30')).toEqual(['参保扩面', '入户登记', '数据管理']);
		expect(stagesAt(PRESETS.dongzhi, '341721', '2017-03-31')).toEqual(['参保扩面']);
		expect(stagesAt(PRESETS.dongzhi, '341721', '2017-12-31')).toEqual(['参保扩面', '常态化管理']);
		expect(stagesAt(PRESETS.jilin, '22', '2016-09-30')).toEqual(['启动部署', '信息汇集比对', '入户调查']);
	});
});

describe('plan presets and validation', () => {
	it('every preset is a valid plan', () => {
		for (const [key, plan] of Object.entries(PRESETS)) expect([key, planErrors(plan)]).toEqual([key, []]);
	});
	it('a plan file picks a preset and overrides its targets', () => {
		const plan = planFrom({ preset: 'lianyungang', targets: { pension: 0.95 } as Plan['targets'] });
		expect(plan.defaultSchedule).toBe('general');
		expect(plan.targets.pension).toBe(0.95);
		expect(plan.targets.medical).toBe(0.95);
	});
	it('names what is wrong', () => {
		const bad: Plan = {
			...DEFAULT_PLAN,
			targets: { ...DEFAULT_PLAN.targets, pension: 1.2 },
			schedules: { a: { name: '甲', stages: [{ name: '入户调查', from: '2016-05-01', to: '2016-04-30' }, { name: '考核', from: '2016-02-30', to: '2016-12-31' }], milestones: [] } },
			regions: { '5203': 'b' },
			defaultSchedule: 'a'
		};
		expect(planErrors(bad)).toEqual([
			'养老保险目标应为 0 到 100% 之间的数（大于0），现为“1.2”',
			'阶段安排“甲”第1个阶段“入户调查”的开始日期 2016-05-01 晚于结束日期 2016-04-30',
			'阶段安排“甲”第2个阶段“考核”的开始日期“2016-02-30”不是有效日期（YYYY-MM-DD）',
			'地区 5203 的阶段安排“b”不存在'
		]);
	});
});
