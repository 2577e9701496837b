import type { EChartsCoreOption } from 'echarts/core';
import { people, percent } from '../../shared/format.ts';
import { STATUS_COLOURS } from '../charts/colours.ts';

/** Horizontal bars of the worst child regions (as ranked on the page), by 应参未参 count or rate. */
export function hotspotBarsOption(
	rows: { label: string; value: number | null }[],
	kind: 'count' | 'rate',
	compact = false
): EChartsCoreOption {
	const shown = rows.filter((r) => r.value !== null).slice(0, 15);
	const format = (v: number) => (kind === 'rate' ? percent(v) : people(v));
	return {
		animation: false,
		grid: { left: 8, right: compact ? 64 : 84, top: 8, bottom: 8, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}<br/>${format(p.value)}` },
		xAxis: { type: 'value', show: false },
		yAxis: {
			type: 'category',
			inverse: true,
			data: shown.map((r) => r.label),
			axisLabel: { width: compact ? 90 : 170, overflow: 'truncate' },
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 16,
				itemStyle: { color: STATUS_COLOURS.red },
				data: shown.map((r) => ({ name: r.label, value: r.value })),
				label: { show: true, position: 'right', fontSize: 11, formatter: (p: { value: number }) => format(p.value) }
			}
		]
	};
}

export function barsHeight(n: number): string {
	return `${Math.max(120, Math.min(n, 15) * 24 + 24)}px`;
}
