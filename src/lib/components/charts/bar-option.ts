import type { EChartsCoreOption } from 'echarts/core';
import { peopleShort, percent } from '../../shared/format.ts';
import { INK, MUTED, statusColour, type Status } from './colours.ts';
import { toolbox } from './toolbox.ts';

/**
 * Option of a sorted horizontal bar chart of regions: best at the top, each bar in its status
 * colour, the target as a dashed line. Category labels are clickable (axis triggerEvent), so a
 * click on a name or a bar can drill down.
 */
export interface BarItem {
	code: string;
	label: string;
	value: number | null;
	status?: Status;
}

export interface BarInput {
	items: BarItem[];
	kind: 'rate' | 'count';
	target?: number | null;
	/** best first: rates high first, counts low first */
	higherIsBetter?: boolean;
	compact?: boolean;
}

export const BAR_HEIGHT = 26;

export function barHeight(count: number): number {
	return Math.max(160, count * BAR_HEIGHT + 56);
}

export function sortedBars(items: BarItem[], higherIsBetter = true): BarItem[] {
	const present = items.filter((i) => i.value !== null);
	const missing = items.filter((i) => i.value === null);
	present.sort((a, b) => (higherIsBetter ? (b.value as number) - (a.value as number) : (a.value as number) - (b.value as number)) || a.code.localeCompare(b.code));
	return [...present, ...missing];
}

export function barOption({ items, kind, target = null, higherIsBetter = true, compact = false }: BarInput): EChartsCoreOption {
	const bars = sortedBars(items, higherIsBetter);
	const format = (v: number | null) => (v === null ? '无数据' : kind === 'rate' ? percent(v) : peopleShort(v));
	const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
	const min = kind === 'rate' ? Math.max(0, Math.floor((Math.min(...values, target ?? 1) - 0.05) * 10) / 10) : 0;
	return {
		animation: false,
		grid: { left: 8, right: compact ? 56 : 72, top: 26, bottom: 24, containLabel: true },
		toolbox: toolbox(() => ({ head: ['地区', kind === 'rate' ? '比率' : '人数'], rows: bars.map((b) => [b.label, format(b.value)]) })),
		tooltip: { trigger: 'item', formatter: (p: { name: string; value: number | null }) => `${p.name}<br/>${format(p.value)}` },
		xAxis: {
			type: 'value',
			min,
			max: kind === 'rate' ? 1 : undefined,
			interval: kind === 'rate' ? (1 - min > 0.3 ? 0.1 : 0.05) : undefined,
			axisLabel: { formatter: (v: number) => (kind === 'rate' ? percent(v, 0) : peopleShort(v)), color: MUTED, hideOverlap: true }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			triggerEvent: true,
			data: bars.map((b) => b.label),
			axisLabel: { color: INK, width: compact ? 96 : 180, overflow: 'truncate', cursor: 'pointer' },
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 18,
				cursor: 'pointer',
				data: bars.map((b) => ({ name: b.label, value: b.value, code: b.code, itemStyle: { color: statusColour(b.status ?? null) } })),
				label: { show: true, position: 'right', formatter: (p: { value: number | null }) => format(p.value), color: INK, fontSize: 11 },
				markLine:
					target === null
						? undefined
						: {
								symbol: 'none',
								silent: true,
								lineStyle: { type: 'dashed', color: '#2e7d32' },
								label: { show: false },
								data: [{ xAxis: target }]
							}
			}
		]
	};
}
