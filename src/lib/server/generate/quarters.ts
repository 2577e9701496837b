/** Quarter index 0 is 2014-12-31, the first snapshot; the generator's timeline is counted from it. */
export const FIRST_QUARTER_END = '2014-12-31';

/** The quarter-end date of index q (may be negative or beyond 2017). */
export function quarterEnd(q: number): string {
	const month = 12 + 3 * q; // months after Jan of 2014, 1-based month of the quarter end
	const year = 2014 + Math.floor((month - 1) / 12);
	const m = ((((month - 1) % 12) + 12) % 12) + 1;
	const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
	return `${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Index of a quarter-end date, or null if the date is not the last day of a quarter. */
export function quarterIndex(date: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return null;
	const [year, month] = [Number(match[1]), Number(match[2])];
	if (month % 3 !== 0) return null;
	const q = (year - 2014) * 4 + month / 3 - 4;
	return quarterEnd(q) === date ? q : null;
}

/** Quarter indexes from `from` to `to` inclusive (defaults: 2014-12-31 .. 2017-12-31). */
export function quarterRange(from = FIRST_QUARTER_END, to = '2017-12-31'): number[] {
	const a = quarterIndex(from);
	const b = quarterIndex(to);
	if (a === null) throw new Error(`不是季度末日期: ${from}`);
	if (b === null) throw new Error(`不是季度末日期: ${to}`);
	if (b < a) throw new Error(`结束日期 ${to} 早于开始日期 ${from}`);
	return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
