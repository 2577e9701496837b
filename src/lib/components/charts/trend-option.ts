import type { EChartsCoreOption } from 'echarts/core';
import { percent } from '../../shared/format.ts';
import { ACCENT, MUTED } from './colours.ts';

/**
 * Option of a rate over snapshots: the line, the target as a dashed line (markLine) and the plan's
 * stages as shaded bands (markArea) with their names. Dates on a time axis, so uneven gaps between
 * snapshots show as they are.
 */
export interface TrendInput {
	name: string;
	points: { asOf: string; value: number | null }[];
	target?: number | null;
	bands?: { name: string; from: string; to: string }[];
	/** narrow screens: shorter labels */
	compact?: boolean;
}

/** Share of the chart's time span a band covers. */
function share(band: { from: string; to: string }, first: string | undefined, last: string | undefined): number {
	if (!first || !last || first === last) return 1;
	return (Date.parse(band.to) - Date.parse(band.from)) / (Date.parse(last) - Date.parse(first));
}

const BAND_FILLS = ['rgba(179,38,30,0.05)', 'rgba(31,35,40,0.07)'];

export function trendOption({ name, points, target = null, bands = [], compact = false }: TrendInput): EChartsCoreOption {
	const values = points.map((p) => p.value).filter((v): v is number => v !== null);
	const low = Math.min(...values, target ?? 1);
	const high = Math.max(...values, target ?? 0);
	const min = Math.max(0, Math.floor((low - 0.05) * 20) / 20);
	const max = Math.min(1, Math.ceil((high + 0.02) * 20) / 20);
	const first = points[0]?.asOf;
	const last = points[points.length - 1]?.asOf;
	const pad = first === last ? 45 * 86_400_000 : 0;
	return {
		animation: false,
		grid: { left: 48, right: 36, top: 36, bottom: 32 },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (v: number | null) => percent(v)
		},
		xAxis: {
			type: 'time',
			min: first ? Date.parse(first) - pad : undefined,
			max: last ? Date.parse(last) + pad : undefined,
			axisLabel: { formatter: '{yyyy}-{MM}', hideOverlap: true, color: MUTED }
		},
		yAxis: {
			type: 'value',
			min,
			max,
			axisLabel: { formatter: (v: number) => percent(v, 0), color: MUTED },
			splitLine: { lineStyle: { color: '#eceff2' } }
		},
		series: [
			{
				name,
				type: 'line',
				data: points.map((p) => [p.asOf, p.value]),
				connectNulls: false,
				symbolSize: 7,
				lineStyle: { width: 3, color: ACCENT },
				itemStyle: { color: ACCENT },
				label: { show: !compact || points.length <= 6, formatter: (p: { value: [string, number | null] }) => percent(p.value[1]), position: 'top', fontSize: 11 },
				markLine: target === null
					? undefined
					: {
							symbol: 'none',
							silent: true,
							lineStyle: { type: 'dashed', color: '#2e7d32', width: 1.5 },
							label: { formatter: `目标 ${percent(target, 0)}`, position: 'insideEndTop', color: '#2e7d32' },
							data: [{ yAxis: target }]
						},
				markArea: bands.length === 0
					? undefined
					: {
							silent: true,
							label: { position: 'insideTop', color: MUTED, fontSize: compact ? 10 : 11, overflow: 'truncate' },
							data: bands.map((b, i) => [
								// a band too narrow for its name keeps only its shade
								{ name: share(b, first, last) >= (compact ? 0.25 : 0.12) ? b.name : '', xAxis: b.from, itemStyle: { color: BAND_FILLS[i % 2] } },
								{ xAxis: b.to }
							])
						}
			}
		]
	};
}
