import type { EChartsCoreOption } from 'echarts/core';
import { chineseDate, percent } from '../../shared/format.ts';
import { ACCENT, MUTED, TARGET_COLOUR, stageFill } from './colours.ts';
import { toolbox } from './toolbox.ts';

/**
 * Option of a rate over snapshots: the line, the target as a dashed line (its label outside the plot,
 * right of the line's end) and the plan's stages as shaded bands named in a legend below.
 *
 * The x axis counts months (month-scale below): a quarter-end date sits exactly on the tick of its
 * month, ticks every 3, 6 or 12 months (given to ECharts as customValues) are labelled with the month
 * they close (2017-12), so ticks are distinct and a point stands at its own quarter even with one
 * snapshot (issue 20). The rate axis has an explicit interval and ends on its multiples, so no extra
 * min/max label crowds a regular one (99% beside 100%).
 */
export interface TrendInput {
	name: string;
	points: { asOf: string; value: number | null }[];
	target?: number | null;
	bands?: { name: string; from: string; to: string }[];
	/** narrow screens: fewer ticks and no point labels beyond 6 points */
	compact?: boolean;
}

/** 2017-12-31 → months since year 0 at the end of December 2017 (an integer); other days a fraction. */
export function monthValue(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return y * 12 + (m - 1) + d / days;
}

/** The label of a month-scale tick: the month that ends there (24216 → 2017-12). */
export function monthLabel(value: number): string {
	const index = Math.round(value) - 1;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface Axis {
	min: number;
	max: number;
	interval: number;
	/** the labelled ticks: multiples of the interval inside the axis, never at its ends (where they would meet the y axis) */
	ticks: number[];
}

/**
 * Months between labelled ticks and the axis extent around the snapshots: half an interval beyond the
 * first and last point (a label centred on an end point then clears the y axis and the target's label);
 * one snapshot gets a little more than an interval on each side, so the ticks of its neighbours show.
 */
export function monthAxis(first: number, last: number, compact: boolean): Axis {
	const span = last - first;
	const interval = compact ? (span <= 6 ? 3 : span <= 18 ? 6 : 12) : span <= 24 ? 3 : span <= 60 ? 6 : 12;
	const pad = span === 0 ? interval * 1.3 : interval / 2;
	const min = first - pad;
	const max = last + pad;
	const ticks: number[] = [];
	for (let t = Math.ceil(min / interval) * interval; t < max; t += interval) if (t > min) ticks.push(t);
	return { min, max, interval, ticks };
}

/** Rate axis in whole percents: an interval of 1, 2, 5, 10 or 20 points and ends on its multiples. */
export function rateAxis(values: number[], target: number | null, compact: boolean): { min: number; max: number; interval: number } {
	const low = Math.min(...values, target ?? 1) * 100;
	const high = Math.max(...values, target ?? 0) * 100;
	const most = compact ? 4 : 5;
	for (const step of [1, 2, 5, 10, 20]) {
		const min = Math.max(0, Math.floor((low - 1) / step) * step);
		const max = Math.min(100, Math.ceil((high + 1) / step) * step);
		if ((max - min) / step <= most || step === 20) return { min: min / 100, max: max / 100, interval: step / 100 };
	}
	throw new Error('unreachable');
}

export function trendOption({ name, points, target = null, bands = [], compact = false }: TrendInput): EChartsCoreOption {
	const values = points.map((p) => p.value).filter((v): v is number => v !== null);
	const y = rateAxis(values, target, compact);
	const xs = points.map((p) => monthValue(p.asOf));
	const x = xs.length ? monthAxis(Math.min(...xs), Math.max(...xs), compact) : monthAxis(0, 0, compact);
	const fills = bands.map((b, i) => stageFill(b.name, i));
	return {
		animation: false,
		// on a phone the stage legend wraps onto lines of about three names (a scroll legend's pager would sit on
		// its clipped last name), so the plot leaves a line of room per three stages
		grid: { left: 44, right: target === null ? 24 : 62, top: 36, bottom: bands.length ? (compact ? 38 + 20 * Math.ceil(bands.length / 3) : 58) : 30 },
		toolbox: toolbox(() => ({
			head: ['数据截至', name],
			rows: [...points.map((p) => [chineseDate(p.asOf), percent(p.value)]), ...(target === null ? [] : [['目标', percent(target, 0)]])]
		})),
		tooltip: {
			trigger: 'axis',
			formatter: (params: { data: { asOf: string; value: [number, number | null] } }[]) =>
				params.map((p) => `${chineseDate(p.data.asOf)}<br/>${name}：${percent(p.data.value[1])}`).join('<br/>')
		},
		legend: bands.length
			? { type: compact ? 'plain' : 'scroll', bottom: 0, left: 0, right: 0, selectedMode: false, icon: 'rect', itemWidth: 14, itemHeight: 10, textStyle: { color: MUTED, fontSize: 11 }, data: bands.map((b, i) => ({ name: b.name, itemStyle: { color: fills[i], borderColor: '#9aa0a6', borderWidth: 1 } })) }
			: undefined,
		xAxis: {
			type: 'value',
			min: x.min,
			max: x.max,
			splitLine: { show: false },
			axisTick: { customValues: x.ticks },
			axisLabel: { customValues: x.ticks, formatter: monthLabel, hideOverlap: true, color: MUTED }
		},
		yAxis: {
			type: 'value',
			min: y.min,
			max: y.max,
			interval: y.interval,
			axisLabel: { formatter: (v: number) => percent(v, 0), color: MUTED },
			splitLine: { lineStyle: { color: '#eceff2' } }
		},
		series: [
			{
				name,
				type: 'line',
				z: 3,
				data: points.map((p, i) => ({ value: [xs[i], p.value], asOf: p.asOf })),
				connectNulls: false,
				symbolSize: 7,
				lineStyle: { width: 3, color: ACCENT },
				itemStyle: { color: ACCENT },
				labelLayout: { hideOverlap: true },
				label: { show: !compact || points.length <= 6, formatter: (p: { value: [number, number | null] }) => percent(p.value[1]), position: 'top', fontSize: 11 },
				markLine:
					target === null
						? undefined
						: {
								symbol: 'none',
								silent: true,
								lineStyle: { type: 'dashed', color: TARGET_COLOUR, width: 1.5 },
								label: { formatter: `目标${percent(target, 0)}`, position: 'end', color: TARGET_COLOUR, fontSize: 11 },
								data: [{ yAxis: target }]
							}
			},
			// one empty series per stage: its band and its legend entry
			...bands.map((b, i) => ({
				name: b.name,
				type: 'line',
				data: [],
				itemStyle: { color: fills[i] },
				markArea: { silent: true, itemStyle: { color: fills[i] }, label: { show: false }, data: [[{ xAxis: monthValue(b.from) }, { xAxis: monthValue(b.to) }]] }
			}))
		]
	};
}
