import { count, people, percent, points } from '../../shared/format.ts';

/** How the league table writes a rank movement and the ranked metric's value. */
export function movementText(movement: number | null): string {
	if (movement === null) return '—';
	if (movement === 0) return '持平';
	return movement > 0 ? `升${movement}位` : `降${-movement}位`;
}

export function metricValueText(metricKey: string, value: number | null): string {
	return /(coverage|_rate)$/.test(metricKey) ? percent(value) : people(value);
}

export { count, people, percent, points };
