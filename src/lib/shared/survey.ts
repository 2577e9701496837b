/**
 * 入户调查 (docs/spec/METRICS.md "入户调查 worklist"): the row types the survey page, its components and
 * the CLI share. `SurveyJson` is exactly docs/spec/INTERFACE.md `canbao survey --json`; `SurveyView` adds what the
 * page shows beside it (核实进度 per row).
 */
export interface SurveyCounts {
	persons: number;
	households: number;
}

export interface SurveyRow extends SurveyCounts {
	code: string;
	name: string | null;
}

export interface SurveyorRow {
	name: string;
	verified: number;
	reviewed: number;
}

export interface ReviewerRow {
	name: string;
	reviewed_by: number;
}

export interface SurveyJson {
	snapshot: string;
	region: { code: string; name: string | null; level: string };
	rows: SurveyRow[];
	own: SurveyCounts;
	total: SurveyCounts;
	surveyors: SurveyorRow[];
	reviewers: ReviewerRow[];
	unreviewed: number;
}

/** Rows verified (reg_status 32) beside the persons still to visit: 核实进度 = verified / (persons + verified). */
export interface SurveyProgress {
	verified: number;
	rate: number | null;
}

export interface SurveyView extends SurveyJson {
	progress: Record<string, SurveyProgress>;
}

/** Key of the 本级 row and the total in `progress`. */
export const OWN_KEY = 'own';
export const TOTAL_KEY = 'total';

/** Unicode code-point order (docs/spec/INTERFACE.md: surveyors and reviewers sorted by name), not UTF-16 units. */
export function compareCodePoints(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
		if (d !== 0) return d;
	}
	return x.length - y.length;
}

export function progressOf(persons: number, verified: number): SurveyProgress {
	const toVerify = persons + verified;
	return { verified, rate: toVerify === 0 ? null : verified / toVerify };
}
