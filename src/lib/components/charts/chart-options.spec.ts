import { describe, expect, it } from 'vitest';
import { barOption, sortedBars } from './bar-option.ts';
import { mapOption, shortName } from './map-option.ts';
import { trendOption } from './trend-option.ts';

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
	it('draws the plan stages as bands and the target as a line on the trend', () => {
		const option = trendOption({
			name: '养老保险参保率',
			points: [{ asOf: '2016-12-31', value: 0.85 }, { asOf: '2017-03-31', value: 0.88 }],
			target: 0.9,
			bands: [{ name: '入户调查', from: '2016-12-31', to: '2017-03-31' }]
		}) as any;
		expect(option.series[0].markArea.data[0][0]).toMatchObject({ name: '入户调查', xAxis: '2016-12-31' });
		expect(option.series[0].markLine.data).toEqual([{ yAxis: 0.9 }]);
		expect(option.yAxis.max).toBeGreaterThanOrEqual(0.9);
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
