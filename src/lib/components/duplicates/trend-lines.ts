import type { EChartsCoreOption } from 'echarts/core';

import { SERIES_PALETTE } from '../charts/colours.ts';
import { toolbox } from '../charts/toolbox.ts';
import { count } from '../../shared/format.ts';

/** Counts over snapshots, one line per series (as-of dates on a category axis, in order). */
export function trendLinesOption(asOfs: string[], series: { name: string; values: number[] }[], compact = false): EChartsCoreOption {
	return {
		animation: false,
		color: SERIES_PALETTE,
		legend: { type: 'scroll', top: 0, right: 56 },
		toolbox: toolbox(() => ({ head: ['快照', ...series.map((s) => s.name)], rows: asOfs.map((d, i) => [d, ...series.map((s) => count(s.values[i]))]) })),
		tooltip: { trigger: 'axis' },
		grid: { left: 8, right: compact ? 12 : 24, top: 36, bottom: 8, containLabel: true },
		xAxis: { type: 'category', data: asOfs, axisLabel: { hideOverlap: true } },
		yAxis: { type: 'value', minInterval: 1 },
		series: series.map((s) => ({ type: 'line', name: s.name, data: s.values, symbolSize: 6 }))
	};
}
