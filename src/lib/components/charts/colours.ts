/** Status colours of docs/spec/METRICS.md bands, as global.css defines them (--green, --amber, --red), for ECharts. */
export const STATUS_COLOURS = {
	green: '#2e7d32',
	amber: '#e0a100',
	red: '#c62828'
} as const;
export const NO_DATA_COLOUR = '#d5d9de';
export const INK = '#1f2328';
export const MUTED = '#5f6368';
export const ACCENT = '#b3261e';

export type Status = keyof typeof STATUS_COLOURS | null;

export function statusColour(status: Status): string {
	return status ? STATUS_COLOURS[status] : NO_DATA_COLOUR;
}

export const STATUS_LABELS: Record<keyof typeof STATUS_COLOURS, string> = {
	green: '达到目标',
	amber: '距目标5个百分点内',
	red: '低于目标5个百分点以上'
};

/** Light fills of the plan's stages on a trend (one per stage, in plan order; legend shows the names). */
export const STAGE_FILLS = ['#fbe9e7', '#e8eaf6', '#e0f2f1', '#fff8e1', '#f3e5f5', '#e3f2fd', '#f1f8e9', '#eceff1'];
export const TARGET_COLOUR = '#2e7d32';

const STAGE_ORDER = ['宣传发动', '实施准备', '信息汇集比对', '入户调查', '考核验收', '总结评估', '常态化管理'];

/** A stage keeps its fill on every chart (by its name in the plan's order; other names by position). */
export function stageFill(name: string, position: number): string {
	const known = STAGE_ORDER.indexOf(name);
	return STAGE_FILLS[(known >= 0 ? known : position) % STAGE_FILLS.length];
}

/** Colours of several series on one chart (lines of the quality trend, stacks of the explorer), in order. */
export const SERIES_PALETTE = ['#b3261e', '#1565c0', '#e0a100', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a', '#ef6c00', '#9e9d24'];
