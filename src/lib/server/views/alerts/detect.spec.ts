import { describe, expect, it } from 'vitest';
import { batchOverdueAlerts, DEFAULT_JUMP, jumped, regionAlerts, type RegionFacts } from './detect.ts';

const base: RegionFacts = {
	code: '520302', label: '红花岗区', insured: 850, eligible: 1000, expected: 0.8, scheduleName: '国家试点（2014年启动）',
	quality: 50, qualityBefore: 50, uninsured: 150, uninsuredBefore: 150
};

describe('alerts, worked by hand', () => {
	it('a jump is a rise of more than the share and at least the minimum increase', () => {
		expect(jumped(61, 50, DEFAULT_JUMP)).toBe(true); // +11 > 10 (20% of 50) and ≥ 10
		expect(jumped(60, 50, DEFAULT_JUMP)).toBe(false); // +10 is exactly 20%: not more than
		expect(jumped(8, 5, DEFAULT_JUMP)).toBe(false); // +60% but only 3 more
		expect(jumped(40, 0, DEFAULT_JUMP)).toBe(false); // no base
		expect(jumped(40, null, DEFAULT_JUMP)).toBe(false); // first snapshot
	});
	it('behind schedule compares coverage with the milestone exactly', () => {
		expect(regionAlerts(base, DEFAULT_JUMP)).toEqual([]);
		expect(regionAlerts({ ...base, insured: 800 }, DEFAULT_JUMP)).toEqual([]); // 80.0% meets 80%
		const behind = regionAlerts({ ...base, insured: 799 }, DEFAULT_JUMP);
		expect(behind).toEqual([{ region: '520302', kind: 'behind', message: '红花岗区养老保险参保率79.9%，低于国家试点（2014年启动）本阶段进度要求80%' }]);
		expect(regionAlerts({ ...base, insured: 1, expected: null }, DEFAULT_JUMP)).toEqual([]);
	});
	it('names the counts of a jump', () => {
		const alerts = regionAlerts({ ...base, quality: 75, uninsured: 200 }, DEFAULT_JUMP);
		expect(alerts.map((a) => a.message)).toEqual([
			'红花岗区数据质量问题由50条增至75条（增幅超过20%）',
			'红花岗区养老保险应参未参由150人增至200人（增幅超过20%）'
		]);
	});
});

describe('batchOverdueAlerts', () => {
	const batch = { number: '2017-001', due: '2017-03-31', receiver: '520302', label: '红花岗区', open: 12 };
	it('raises an alert for the receiving region once the due date has passed with ids open', () => {
		expect(batchOverdueAlerts([batch], '2017-04-01')).toEqual([
			{ region: '520302', kind: 'batch_overdue', message: '红花岗区扩面任务2017-001已逾期（截止2017-03-31），仍有12人未参保登记' }
		]);
	});
	it('none on the due day, without a due date, or with nothing open', () => {
		expect(batchOverdueAlerts([batch], '2017-03-31')).toEqual([]);
		expect(batchOverdueAlerts([{ ...batch, due: null }], '2018-01-01')).toEqual([]);
		expect(batchOverdueAlerts([{ ...batch, open: 0 }], '2018-01-01')).toEqual([]);
	});
});
