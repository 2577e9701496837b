/** Row types of the 考核 scorecard (src/lib/server/views/score/), shared with the components. */
export interface ScoreIndicator {
	key: string;
	label: string;
	/** the indicator's value (a share 0–1 for every default indicator), null when not measurable */
	value: number | null;
	/** the value that scores full marks */
	target: number;
	weight: number;
	/** 0–100, null when the value is null (shown as —, never 0) */
	score: number | null;
}

export interface ScoreRow {
	code: string;
	name: string | null;
	indicators: ScoreIndicator[];
	/** Σ weight × score / Σ weight over the indicators that have a score; null when none has */
	composite: number | null;
	/** the share of the plan's total weight the composite is based on (1 = every indicator measured) */
	weightCovered: number;
	rank: number | null;
	/** persons to enrol to reach the plan's targets (docs/spec/METRICS.md i.gap_to_target): 任务分解 */
	gap: { pension: number | null; medical: number | null };
}

export interface ScoreIndicatorHead {
	key: string;
	label: string;
	weight: number;
	target: number;
	description: string;
}

export interface Scorecard {
	snapshot: string;
	previous: string | null;
	region: { code: string; name: string | null };
	indicators: ScoreIndicatorHead[];
	rows: ScoreRow[];
}
