import { describe, expect, it } from 'vitest';
import { barOption, sortedBars } from './bar-option.ts';
import { mapOption, shortName } from './map-option.ts';
import { monthAxis, monthLabel, monthValue, rateAxis, trendOption } from './trend-option.ts';

describe('sortedBars', () => {
	it('puts the best first and regions without a value last', () => {
		const items = [
			{ code: 'a', label: 'A', value: 0.8 },
			{ code: 'b', label: 'B', value: null },
			{ code: 'c', label: 'C', value: 0.95 }
		];
		expect(sortedBars(items).map((i) => i.code)).toEqual(['c', 'a', 'b']);
		expect(sortedBars(items, false).map((i) => i.code)).toEqual(['a', 'c', 'b']);
	});
});

describe('chart options', () => {
	it('draws bars in status colours with a target line and clickable names', () => {
		const option = barOption({ items: [{ code: '5201', label: '贵阳市', value: 0.91, status: 'green' }], kind: 'rate', target: 0.9 }) as any;
		expect(option.yAxis.triggerEvent).toBe(true);
		expect(option.series[0].data[0]).toMatchObject({ code: '5201', value: 0.91, itemStyle: { color: '#2e7d32' } });
		expect(option.series[0].markLine.data).toEqual([{ xAxis: 0.9 }]);
	});
	it('draws the plan stages as bands named in a legend and the target as a line on the trend', () => {
		const option = trendOption({
			name: '养老保险参保率',
			points: [{ asOf: '2016-12-31', value: 0.85 }, { asOf: '2017-03-31', value: 0.88 }],
			target: 0.9,
			bands: [{ name: '入户调查', from: '2016-12-31', to: '2017-03-31' }]
		}) as any;
		// 2016-12-31 is the end of month 2016*12+12; 2017-03-31 three months later
		expect(option.series[1]).toMatchObject({ name: '入户调查', markArea: { data: [[{ xAxis: 24204 }, { xAxis: 24207 }]] } });
		expect(option.legend.data.map((d: { name: string }) => d.name)).toEqual(['入户调查']);
		expect(option.series[0].markLine.data).toEqual([{ yAxis: 0.9 }]);
		expect(option.series[0].data.map((d: any) => d.value)).toEqual([[24204, 0.85], [24207, 0.88]]);
		expect(option.yAxis.max).toBeGreaterThanOrEqual(0.9);
		expect(option.toolbox.feature.saveAsImage.title).toBe('保存为图片');
	});
	it('puts one snapshot on its own quarter between distinct ticks', () => {
		const v = monthValue('2017-12-31');
		expect(v).toBe(24216);
		// 3-month ticks, 3.9 months of room each side: the neighbours' quarters are labelled too
		expect(monthAxis(v, v, false)).toEqual({ min: 24216 - 3.9, max: 24216 + 3.9, interval: 3, ticks: [24213, 24216, 24219] });
		expect([24213, 24216, 24219].map(monthLabel)).toEqual(['2017-09', '2017-12', '2018-03']);
	});
	it('pads 13 quarters by half an interval, labels Junes and Decembers, only Decembers on a phone', () => {
		const first = monthValue('2014-12-31');
		const last = monthValue('2017-12-31');
		const desktop = monthAxis(first, last, false);
		expect(desktop).toMatchObject({ min: first - 3, max: last + 3, interval: 6 });
		expect(desktop.ticks.map(monthLabel)).toEqual(['2014-12', '2015-06', '2015-12', '2016-06', '2016-12', '2017-06', '2017-12']);
		expect(monthAxis(first, last, true).ticks.map(monthLabel)).toEqual(['2014-12', '2015-12', '2016-12', '2017-12']);
	});
	it('gives the rate axis whole-percent ticks ending on multiples of the interval', () => {
		// target 90% and 99% (+1 point margin): 1-point steps 89..100 are 11, 2-point steps 88..100 are 6, 5-point 85..100 are 3
		expect(rateAxis([0.95, 0.99], 0.9, false)).toEqual({ min: 0.85, max: 1, interval: 0.05 });
		// 89..93 in 1-point steps: 4 intervals
		expect(rateAxis([0.9, 0.92], 0.9, false)).toEqual({ min: 0.89, max: 0.93, interval: 0.01 });
	});
	it('colours map areas by the engine’s status and keeps the code on each', () => {
		const option = mapOption({ mapName: 'm', items: [{ code: '5203', name: '遵义市', value: null, status: null }] }) as any;
		expect(option.series[0].data[0]).toMatchObject({ code: '5203', itemStyle: { areaColor: '#d5d9de' } });
	});
	it('shortens autonomous names for map labels', () => {
		expect(shortName('黔东南苗族侗族自治州')).toBe('黔东南州');
		expect(shortName('威宁彝族回族苗族自治县')).toBe('威宁县');
		expect(shortName('遵义市')).toBe('遵义市');
	});
});
