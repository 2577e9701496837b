import type { EChartsCoreOption } from 'echarts/core';
import type { PivotTable } from './pivot.ts';
import { SERIES_PALETTE } from '../charts/colours.ts';

/** the explorer's stacks: red, amber, green first (as before), then the shared series colours */
const STACK_PALETTE = [SERIES_PALETTE[0], SERIES_PALETTE[2], SERIES_PALETTE[3], SERIES_PALETTE[1], ...SERIES_PALETTE.slice(4)];


/** Stacked bars of the pivoted cross-tab: one bar per row, one colour per column ("<5" and "*" cells drawn as 0). */
export function stackOption(table: PivotTable, compact = false): EChartsCoreOption {
	const value = (n: number | string | null) => (typeof n === 'number' ? n : 0);
	return {
		animation: false,
		color: STACK_PALETTE,
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
