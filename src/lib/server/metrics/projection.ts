/**
 * How far a projection may reach (docs/decisions.md "Projection horizon"): a crossing more than this
 * many years after (or, for a region already above the target, before) the last snapshot used is
 * "not within 50 years" and answered as null, like a
 * slope ≤ 0 (issue 14, finding 4: a near-zero slope put the crossing beyond JavaScript's dates and
 * every page of that township answered 500).
 */
export const PROJECTION_HORIZON_YEARS = 50;

/**
 * docs/spec/METRICS.md `projection`: the ordinary least-squares line of coverage against the as-of date (in
 * days) over the last up to four snapshots with a coverage; null with fewer than two points or a
 * slope ≤ 0, or when the crossing lies beyond the horizon; else the first whole day on or after which
 * the line reaches the target. Never throws.
 */
export function projectTargetDate(points: { asOf: string; coverage: number | null }[], target: number): string | null {
	const usable = points.filter((p) => p.coverage !== null).slice(-4);
	if (usable.length < 2) return null;
	const xs = usable.map((p) => dayNumber(p.asOf));
	const ys = usable.map((p) => p.coverage as number);
	const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
	const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i] - meanX) * (ys[i] - meanY);
		sxx += (xs[i] - meanX) ** 2;
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	if (!(slope > 0) || !Number.isFinite(slope)) return null;
	const crossing = Math.ceil(meanX + (target - meanY) / slope - 1e-9);
	if (!Number.isFinite(crossing) || Math.abs(crossing - xs[xs.length - 1]) > PROJECTION_HORIZON_YEARS * 365.25) return null;
	return isoDay(crossing);
}

export function dayNumber(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** The ISO date of a day number; null for a day outside JavaScript's date range (never throws). */
export function isoDay(day: number): string | null {
	const date = new Date(day * 86_400_000);
	return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
