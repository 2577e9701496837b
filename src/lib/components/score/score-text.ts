import { percent } from '../../shared/format.ts';

/** A score to one decimal place, or — when it cannot be computed (never 0). */
export function scoreText(score: number | null): string {
	return score === null ? '—' : score.toFixed(1);
}

/** An indicator's value: every default indicator is a share, shown as a percentage; — when missing. */
export function valueText(value: number | null): string {
	return value === null ? '—' : percent(value);
}
