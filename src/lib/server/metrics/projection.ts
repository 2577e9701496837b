/**
 * METRICS.md `projection`: the ordinary least-squares line of coverage against the as-of date (in
 * days) over the last up to four snapshots with a coverage; null with fewer than two points or a
 * slope ≤ 0; else the first whole day on or after which the line reaches the target.
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
	if (slope <= 0) return null;
	const crossing = meanX + (target - meanY) / slope;
	return isoDay(Math.ceil(crossing - 1e-9));
}

export function dayNumber(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
