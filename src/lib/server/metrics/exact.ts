import type { StatusColour } from '../../shared/view-rows.ts';
export type { StatusColour };
/**
 * Target arithmetic without floating-point error (docs/spec/METRICS.md gap_to_target and status colour): the
 * target becomes whole basis points and every comparison is between integers, so 0.9 × 10 is 9.
 */
export function basisPoints(fraction: number): number {
	return Math.round(fraction * 10_000);
}

/** max(0, ceil(t × eligible) − insured), as ceil(bp × eligible / 10000) on integers. */
export function gapToTarget(insured: number, eligible: number, target: number): number {
	const needed = Math.floor((basisPoints(target) * eligible + 9_999) / 10_000);
	return Math.max(0, needed - insured);
}


/** green: coverage ≥ target; amber: ≥ target − band; red below; null when eligible = 0. */
export function statusColour(insured: number, eligible: number, target: number, amberBandPoints: number): StatusColour | null {
	if (eligible === 0) return null;
	const scaled = insured * 10_000;
	if (scaled >= basisPoints(target) * eligible) return 'green';
	if (scaled >= (basisPoints(target) - Math.round(amberBandPoints * 100)) * eligible) return 'amber';
	return 'red';
}
