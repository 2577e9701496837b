import { describe, expect, it } from 'vitest';
import { trendLinesOption } from './trend-lines.ts';

describe('trendLinesOption', () => {
	it('draws one line per series over the snapshots', () => {
		const o = trendLinesOption(['2016-09-30', '2016-12-31'], [{ name: '重复参保', values: [3, 5] }]) as {
			xAxis: { data: string[] };
			series: { name: string; data: number[] }[];
		};
		expect(o.xAxis.data).toEqual(['2016-09-30', '2016-12-31']);
		expect(o.series).toMatchObject([{ name: '重复参保', data: [3, 5] }]);
	});
});
