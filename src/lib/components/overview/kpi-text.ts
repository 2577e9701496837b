import { people, percent, points, signedCount } from '../../shared/format.ts';

/** How a KPI card writes its value and its change (format.ts, nothing computed here). */
export function kpiValue(kind: 'rate' | 'count', value: number | null): string {
	return kind === 'rate' ? percent(value) : people(value);
}

export function kpiChange(kind: 'rate' | 'count', change: number | null): string {
	if (change === null) return '无上期数据';
	return kind === 'rate' ? points(change) : `${signedCount(change)}人`;
}

/** 'good' | 'bad' | 'flat' for colouring the change: a rise is good for rates, bad for counts of problems. */
export function changeTone(change: number | null, higherIsBetter: boolean, kind: 'rate' | 'count'): 'good' | 'bad' | 'flat' {
	if (change === null) return 'flat';
	const shown = kind === 'rate' ? Number(change.toFixed(1)) : change;
	if (shown === 0) return 'flat';
	return shown > 0 === higherIsBetter ? 'good' : 'bad';
}
