import type { Database } from '../../db/database.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { INSURANCES } from '../../../shared/insurances.ts';
import type { UnitDetail, UnitInsurance, UnitRow } from '../../../shared/employers.ts';

/**
 * The employer page of 稽核 (issue 17 item 3) from agg_unit: the flagged employers of a region with all
 * five insurances in one row, worst first (queries/hotspots/units.sql), and one employer with its history.
 */
export interface UnitListQuery {
	region: string;
	asOf: string;
	/** repeat offenders only (flagged in the previous loaded snapshot too) */
	repeat: boolean;
	limit: number;
	offset: number;
}

type Num = number | null;

function insuranceOf(digit: UnitInsurance['digit'], headcount: Num, insured: Num, notEnrolled: Num): UnitInsurance {
	const i = insured ?? 0;
	return { digit, insured: i, notEnrolled: notEnrolled ?? 0, shortfall: headcount === null ? null : Math.max(headcount - i, 0) };
}

const typeName = (code: string | null, names: CodeNames) => (code ? (names.get('AAB019')?.get(code) ?? null) : null);

export async function unitList(db: Database, q: UnitListQuery, names: CodeNames): Promise<{ rows: UnitRow[]; matching: number }> {
	const rows = await db.query<Record<string, unknown>>('hotspots/units', { region: q.region, as_of: q.asOf, repeat: q.repeat, limit: q.limit, offset: q.offset });
	return {
		matching: (rows[0]?.matching as number | undefined) ?? 0,
		rows: rows.map((r) => {
			const headcount = r.headcount as Num;
			return {
				aab001: r.aab001 as string,
				name: r.name as string | null,
				unitType: r.unit_type as string | null,
				unitTypeName: typeName(r.unit_type as string | null, names),
				code: r.code as string,
				place: r.place as string | null,
				headcount,
				persons: (r.persons as Num) ?? 0,
				insurances: INSURANCES.map((i) => insuranceOf(i.digit, headcount, r[`insured_${i.digit}`] as Num, r[`not_enrolled_${i.digit}`] as Num)),
				toCorrect: (r.to_correct as Num) ?? 0,
				streak: r.streak as number
			};
		})
	};
}

/** Flagged: some insurance has 92 staff or fewer insured staff than the headcount (as units.sql). */
export function isFlagged(insurances: UnitInsurance[]): boolean {
	return insurances.some((i) => i.notEnrolled > 0 || (i.shortfall ?? 0) > 0);
}

/** Snapshots in a row, from the latest back, in which the employer was flagged (absent breaks the run). */
export function streakOf(history: { flagged: boolean | null }[]): number {
	let n = 0;
	for (const h of history) {
		if (h.flagged !== true) break;
		n++;
	}
	return n;
}

/**
 * One employer as of `asOf`: null when no snapshot up to then has it, or when it lies outside `region`.
 * `dates` are the loaded snapshots; the history runs from `asOf` back.
 */
export async function unitDetail(
	db: Database,
	q: { aab001: string; asOf: string; region: string; dates: string[] },
	names: CodeNames
): Promise<UnitDetail | null> {
	const rows = await db.query<Record<string, unknown>>('hotspots/unit', { aab001: q.aab001, as_of: q.asOf });
	const bySnapshot = new Map<string, Record<string, unknown>[]>();
	for (const r of rows) bySnapshot.set(r.as_of as string, [...(bySnapshot.get(r.as_of as string) ?? []), r]);
	const current = bySnapshot.get(q.asOf);
	if (!current || !(current[0].code as string).startsWith(q.region)) return null;
	const insurancesOf = (list: Record<string, unknown>[]) =>
		INSURANCES.map((i) => {
			const r = list.find((x) => x.insurance === i.digit);
			return insuranceOf(i.digit, (list[0].headcount as Num) ?? null, (r?.insured as Num) ?? 0, (r?.unit_not_enrolled as Num) ?? 0);
		});
	const history = q.dates
		.filter((d) => d <= q.asOf)
		.sort()
		.reverse()
		.map((asOf) => {
			const list = bySnapshot.get(asOf);
			return { asOf, flagged: list ? isFlagged(insurancesOf(list)) : null };
		});
	const first = current[0];
	const insurances = insurancesOf(current);
	const [places] = await db.query<{ inside: number; elsewhere: number }>('hotspots/unit-staff-places', { aab001: q.aab001, as_of: q.asOf, region: q.region });
	return {
		row: {
			aab001: q.aab001,
			name: first.name as string | null,
			unitType: first.unit_type as string | null,
			unitTypeName: typeName(first.unit_type as string | null, names),
			code: first.code as string,
			place: first.place as string | null,
			headcount: first.headcount as Num,
			persons: (first.persons as Num) ?? 0,
			insurances,
			toCorrect: insurances.reduce((s, i) => s + Math.max(i.notEnrolled, i.shortfall ?? 0), 0),
			streak: streakOf(history)
		},
		history,
		staffInside: places?.inside ?? 0,
		staffElsewhere: places?.elsewhere ?? 0
	};
}
