import { describe, expect, it } from 'vitest';
import { stageBands } from './stages.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';

describe('stageBands', () => {
	it('clips the stages of the region’s schedule to the span of the snapshots', () => {
		const { schedule, bands } = stageBands(DEFAULT_PLAN, '5203', '2016-03-31', '2017-12-31');
		expect(schedule).toBe('国家试点（2014年启动）');
		expect(bands).toEqual([
			{ name: '入户调查', from: '2016-03-31', to: '2016-06-30' },
			{ name: '考核验收', from: '2016-07-01', to: '2017-06-30' },
			{ name: '总结评估', from: '2017-07-01', to: '2017-12-31' }
		]);
	});
	it('uses the schedule of the nearest region the plan names (南明区 follows 贵阳市)', () => {
		expect(stageBands(DEFAULT_PLAN, '520102', '2016-01-01', '2016-09-30').bands.map((b) => b.name)).toEqual(['宣传发动', '实施准备', '信息汇集比对']);
	});
});
