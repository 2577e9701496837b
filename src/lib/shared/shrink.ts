import { count } from './format.ts';

/**
 * A replacement that shrinks a loaded quarter sharply (issue 14 finding 3, issue 20): loading a
 * snapshot for an as-of date that is already loaded, with fewer than SHRINK_THRESHOLD of its persons,
 * needs an explicit confirmation (`canbao load --confirm-shrink`, a second confirmation in the page).
 * Half is far outside what a quarter's registry changes by (a few percent: moves, deaths, clean-up)
 * and well inside what an incomplete export looks like (one county, one file cut short, a header only).
 */
export const SHRINK_THRESHOLD = 0.5;

export interface Shrink {
	asOf: string;
	before: number;
	after: number;
	/** (after − before) / before, negative */
	change: number;
}

/** The shrink of replacing `before` persons by `after`, or null when it is not sharp (or nothing was loaded). */
export function shrinkOf(asOf: string, before: number | null | undefined, after: number, threshold = SHRINK_THRESHOLD): Shrink | null {
	if (!before || before <= 0 || after >= before * threshold) return null;
	return { asOf, before, after, change: (after - before) / before };
}

/** "980,007 → 19,622（−98%）" */
export function shrinkText(s: Shrink): string {
	const pct = Math.round(-s.change * 100);
	return `${count(s.before)} → ${count(s.after)}（−${pct === 100 && s.after > 0 ? '99' : pct}%）`;
}
