import { reportDueDate } from '../../shared/report-layout.ts';

/** The next 情况表 due date on or after `today` (ISO): the 25th of January, April, July or October. */
export function nextDueDate(today: string): string {
	const [y, m] = today.split('-').map(Number);
	const previousQuarterEnd = m <= 3 ? `${y - 1}-12-31` : `${y}-${String(Math.floor((m - 1) / 3) * 3).padStart(2, '0')}-28`;
	const candidate = reportDueDate(previousQuarterEnd);
	return candidate >= today ? candidate : reportDueDate(today);
}
