import { quarterLabel, quarterOf, reportDueDate } from '../../shared/report-layout.ts';

/**
 * The period after the one viewed and its due date (issue 20: the page showed the next due date from
 * the system clock, 2027年1月25日, beside a report of 2016-09-30). 2016-09-30 → 2016年第四季度, 2017-01-25.
 */
export function nextPeriod(asOf: string): { label: string; due: string } {
	const { year, quarter } = quarterOf(asOf);
	const next = quarter === 4 ? `${year + 1}-03-31` : `${year}-${String(quarter * 3 + 3).padStart(2, '0')}-28`;
	return { label: quarterLabel(next), due: reportDueDate(next) };
}
