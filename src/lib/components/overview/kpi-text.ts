import { people, peopleShort, percent, points, signedPeopleShort } from '../../shared/format.ts';

/** How a KPI card writes its value and its change (format.ts, nothing computed here): counts in 万 as the rest of the app. */
export function kpiValue(kind: 'rate' | 'count', value: number | null): string {
	return kind === 'rate' ? percent(value) : peopleShort(value);
}

/** The exact figure, for the card's hover text: 100,296人. */
export function kpiExact(kind: 'rate' | 'count', value: number | null): string {
	return kind === 'rate' ? percent(value, 2) : people(value);
}

export function kpiChange(kind: 'rate' | 'count', change: number | null): string {
	if (change === null) return '无上期数据';
	return kind === 'rate' ? points(change) : signedPeopleShort(change);
}

/** 'good' | 'bad' | 'flat' for colouring the change: a rise is good for rates, bad for counts of problems. */
export function changeTone(change: number | null, higherIsBetter: boolean, kind: 'rate' | 'count'): 'good' | 'bad' | 'flat' {
	if (change === null) return 'flat';
	const shown = kind === 'rate' ? Number(change.toFixed(1)) : change;
	if (shown === 0) return 'flat';
	return shown > 0 === higherIsBetter ? 'good' : 'bad';
}
