import { describe, expect, it } from 'vitest';
import { bulletinSentences, changeText, targetText, wholeOf, type BulletinFacts } from './bulletin-text.ts';

const facts: BulletinFacts = {
	regionName: '遵义市',
	insurance: 'pension',
	snapshot: '2017-03-31',
	previousSnapshot: '2016-12-31',
	coverage: 0.9214,
	delta: 1.26,
	target: 0.9,
	uninsured: 52_000,
	gap: 0,
	registrationRate: 0.9725,
	verificationRate: 0.5,
	childLevel: 'county',
	children: [
		{ label: '红花岗区', coverage: 0.95, status: 'green', behind: false },
		{ label: '湄潭县', coverage: 0.9, status: 'green', behind: false },
		{ label: '汇川区', coverage: 0.8999, status: 'amber', behind: true },
		{ label: '桐梓县', coverage: 0.81, status: 'red', behind: true },
		{ label: '习水县', coverage: null, status: null, behind: null }
	],
	scheduleName: '国家试点（2014年启动）'
};

describe('bulletin sentences', () => {
	it('writes the headline the way a 通报 does', () => {
		expect(bulletinSentences(facts)[0]).toBe('全市养老保险参保率92.1%，较上季度提高1.3个百分点，2个县(区)未达90%目标。');
	});
	it('counts exactly 90.0% as reaching the target and leaves regions without data out', () => {
		const all = bulletinSentences({ ...facts, children: facts.children.slice(0, 2) });
		expect(all[0]).toContain('各县(区)均已达到90%目标');
	});
	it('names the best and worst, those behind schedule, and the gap', () => {
		const [, gap, registration, extremes, schedule] = bulletinSentences(facts);
		expect(gap).toBe('养老保险应参未参52,000人，已超过90%目标。'); // 92.1% with no gap: never "还差0人"
		expect(registration).toBe('全民参保登记率97.3%，入户调查核实进度50.0%。');
		expect(extremes).toBe('养老保险参保率最高的是红花岗区（95.0%），最低的是桐梓县（81.0%）。');
		expect(schedule).toBe('按国家试点（2014年启动）进度要求，2个县(区)养老保险参保率低于阶段目标：汇川区、桐梓县。');
	});
	it('says when coverage fell, held, or cannot be compared', () => {
		expect(changeText(-0.44, '2017-03-31', '2016-12-31')).toBe('较上季度下降0.4个百分点');
		expect(changeText(0.02, '2017-03-31', '2016-12-31')).toBe('与上季度持平');
		expect(changeText(1, '2017-06-30', '2016-12-31')).toBe('较上期提高1.0个百分点');
		expect(changeText(null, '2016-03-31', null)).toBe('本期为首期数据，暂无可比');
	});
	it('names the whole region by its kind and writes targets as whole percents', () => {
		expect(['贵州省', '遵义市', '黔南布依族苗族自治州', '湄潭县', '六枝特区', '茅坪镇', null].map(wholeOf)).toEqual([
			'全省', '全市', '全州', '全县', '全区', '全镇', '全辖区'
		]);
		expect(targetText(0.9)).toBe('90%');
		expect(targetText(0.955)).toBe('95.5%');
	});
});
