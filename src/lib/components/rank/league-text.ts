import { count, people, percent, points, rankMovement } from '../../shared/format.ts';

/** How the league table writes a rank movement and the ranked metric's value. */
export function movementText(movement: number | null): string {
	return rankMovement(movement);
}

export function metricValueText(metricKey: string, value: number | null): string {
	return /(coverage|_rate)$/.test(metricKey) ? percent(value) : people(value);
}

export { count, people, percent, points };
