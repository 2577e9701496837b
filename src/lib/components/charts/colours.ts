/** Status colours of METRICS.md bands, as global.css defines them (--green, --amber, --red), for ECharts. */
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
