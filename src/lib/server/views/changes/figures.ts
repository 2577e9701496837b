import { CHANGE_FIGURES, type ChangeFigures } from '../../../shared/changes.ts';

/** The counts of one row (a child region, 本级 or the whole region) as the changes queries return them. */
export interface ChildCounts {
	matrix: { class_a: string; class_b: string; n: number }[];
	duplicates: { kind: string; n: number }[];
	unmatched: { side: string; n: number }[];
}

export function emptyFigures(): ChangeFigures {
	const out: Record<string, unknown> = { matrix: {} };
	for (const f of CHANGE_FIGURES) out[f.key] = 0;
	return out as ChangeFigures;
}

/** docs/spec/METRICS.md named figures from the matrix cells and the duplicate / unmatched counts. */
export function figuresOf(c: ChildCounts): ChangeFigures {
	const out = emptyFigures();
	for (const { class_a, class_b, n } of c.matrix) {
		if (class_a === 'absent' && class_b === 'absent') continue;
		const key = `${class_a}>${class_b}`;
		out.matrix[key] = (out.matrix[key] ?? 0) + Number(n);
		if (class_b === 'absent') out.left += Number(n);
	}
	out.newly_insured = out.matrix['uninsured>insured'] ?? 0;
	out.lapsed = out.matrix['insured>uninsured'] ?? 0;
	out.still_uninsured = out.matrix['uninsured>uninsured'] ?? 0;
	out.new_uninsured = out.matrix['absent>uninsured'] ?? 0;
	for (const { kind, n } of c.duplicates) {
		if (kind === 'cleared') out.duplicates_cleared += Number(n);
		else out.duplicates_new += Number(n);
	}
	for (const { side, n } of c.unmatched) {
		if (side === 'a') out.unmatched_a += Number(n);
		else out.unmatched_b += Number(n);
	}
	return out;
}
