import type { EChartsCoreOption } from 'echarts/core';

const PALETTE = ['#b3261e', '#1565c0', '#e0a100', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a', '#ef6c00', '#9e9d24'];

/** Counts over snapshots, one line per series (as-of dates on a category axis, in order). */
export function trendLinesOption(asOfs: string[], series: { name: string; values: number[] }[], compact = false): EChartsCoreOption {
	return {
		animation: false,
		color: PALETTE,
		legend: { type: 'scroll', top: 0 },
		tooltip: { trigger: 'axis' },
		grid: { left: 8, right: compact ? 12 : 24, top: 36, bottom: 8, containLabel: true },
		xAxis: { type: 'category', data: asOfs, axisLabel: { hideOverlap: true } },
		yAxis: { type: 'value', minInterval: 1 },
		series: series.map((s) => ({ type: 'line', name: s.name, data: s.values, symbolSize: 6 }))
	};
}
