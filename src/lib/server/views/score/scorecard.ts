import { competitionRanks } from '../../metrics/ranking.ts';
import type { ScoreIndicator, ScoreRow } from '../../../shared/scorecard.ts';

/** An indicator's score: 100 × value / target, capped at 100 and floored at 0; null when the value is. */
export function indicatorScore(value: number | null, target: number): number | null {
	if (value === null || !(target > 0)) return null;
	return 100 * Math.min(1, Math.max(0, value / target));
}

/**
 * The weighted composite over the indicators that have a score: Σ wᵢsᵢ / Σ wᵢ (a missing indicator
 * is left out of both sums, so it neither scores 0 nor counts against the region); null when none has
 * a score or their weights are all 0. `covered` is their weight ÷ the total weight.
 */
export function composite(indicators: Pick<ScoreIndicator, 'score' | 'weight'>[]): { composite: number | null; covered: number } {
	const total = indicators.reduce((s, i) => s + i.weight, 0);
	const present = indicators.filter((i) => i.score !== null);
	const weight = present.reduce((s, i) => s + i.weight, 0);
	if (weight <= 0) return { composite: null, covered: 0 };
	return { composite: present.reduce((s, i) => s + i.weight * (i.score as number), 0) / weight, covered: total > 0 ? weight / total : 0 };
}

/** Composites are compared as shown, to one decimal place: 87.25 and 87.2 would otherwise rank apart though printed alike. */
export function shownComposite(value: number | null): number | null {
	return value === null ? null : Math.round(value * 10) / 10;
}

/** Competition ranks of the rows by composite (ties share the better rank: 1, 2, 2, 4); rows without one are unranked. */
export function rankRows<T extends Pick<ScoreRow, 'composite' | 'rank' | 'code'>>(rows: T[]): T[] {
	const ranks = competitionRanks(rows.map((r) => shownComposite(r.composite)), true);
	rows.forEach((r, i) => (r.rank = ranks[i]));
	return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}
