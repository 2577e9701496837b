import { INSURANCES } from './insurances.ts';

/**
 * The employer page of 稽核 (issue 17 item 3): one row per employer (AAB001) with its five insurances,
 * and whether it was flagged in earlier snapshots too (src/lib/server/views/employers/).
 */
export type InsuranceDigit = (typeof INSURANCES)[number]['digit'];

export interface UnitInsurance {
	digit: InsuranceDigit;
	/** staff whose status is an enrolled code of the insurance */
	insured: number;
	/** staff marked 92 单位未予参保 */
	notEnrolled: number;
	/** headcount − insured when the headcount is known and larger, else 0; null without a headcount */
	shortfall: number | null;
}

export interface UnitRow {
	aab001: string;
	name: string | null;
	/** AAB019 code and its name */
	unitType: string | null;
	unitTypeName: string | null;
	code: string;
	place: string | null;
	/** units.csv `employees`; null when blank or not a number */
	headcount: number | null;
	/** persons rows naming the employer */
	persons: number;
	insurances: UnitInsurance[];
	toCorrect: number;
	/** snapshots in a row (ending at this one) in which the employer was flagged */
	streak: number;
}

/** One employer's page: its row and per loaded snapshot up to the chosen one whether it was flagged. */
export interface UnitDetail {
	row: UnitRow;
	history: { asOf: string; flagged: boolean | null }[];
	/** its staff registered inside the viewer's region, and elsewhere (counted, never listed) */
	staffInside: number;
	staffElsewhere: number;
}

/** "连续N期" where the employer was flagged in more than two snapshots in a row. */
export function streakLabel(streak: number): string {
	if (streak >= 3) return `连续${streak}期`;
	if (streak === 2) return '上期也未改正';
	if (streak === 1) return '本期新出现';
	return '—';
}
