/** What /admin/plan edits, flattened for a form: percentages as whole or decimal percents, dates as YYYY-MM-DD. */
export interface PlanFormView {
	name: string;
	preset: string | null;
	targets: { key: string; label: string; percent: number }[];
	amberBandPoints: number;
	schedules: { key: string; name: string; stages: { name: string; from: string; to: string }[] }[];
	indicators: { key: string; label: string; weight: number; targetPercent: number | null }[];
}
