import type { EChartsCoreOption } from 'echarts/core';
import type { PivotTable } from './pivot.ts';

const PALETTE = ['#b3261e', '#e0a100', '#2e7d32', '#1565c0', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a', '#ef6c00', '#9e9d24'];

/** Stacked bars of the pivoted cross-tab: one bar per row, one colour per column ("<5" and "*" cells drawn as 0). */
export function stackOption(table: PivotTable, compact = false): EChartsCoreOption {
	const value = (n: number | string | null) => (typeof n === 'number' ? n : 0);
	return {
		animation: false,
		color: PALETTE,
		legend: { type: 'scroll', top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
		xAxis: { type: 'value' },
		yAxis: {
			type: 'category',
			inverse: true,
			data: table.rows.map((r) => r.label),
			axisLabel: { width: compact ? 80 : 150, overflow: 'truncate' }
		},
		series: table.columns.map((c, i) => ({
			type: 'bar',
			stack: 'all',
			name: c.label,
			barMaxWidth: 18,
			data: table.rows.map((r) => value(r.values[i]))
		}))
	};
}
