// The "no database" alternative: the headline aggregation (pension coverage by township) in Arquero
// over the loaded persons rows, against DuckDB over the same rows and against the engine's aggregates.
import * as aq from 'arquero';
import { Database } from '../../src/lib/server/db/database.ts';

const PENSION_INSURED = ['11', '12', '13', '14', '15', '81', '82'];
const UNINSURED = ['91', '92', '94'];

export interface HeadlineResult {
	rows: number;
	townships: number;
	arqueroMs: number;
	duckdbPersonsMs: number;
	duckdbAggregatesMs: number;
	agree: boolean;
}

export async function headlineAggregation(db: Database, asOf: string, scope: string): Promise<HeadlineResult> {
	// the same rows for both sides: one snapshot's persons, township code and pension status
	const rows = await db.all<{ township: string; status: string | null }>(
		`SELECT left(code, 9) AS township, aic003 AS status FROM persons WHERE as_of = $as_of::DATE`,
		{ as_of: asOf }
	);
	const table = aq.table({ township: rows.map((r) => r.township), status: rows.map((r) => r.status) });
	const arquero = () => table
		.params({ insured: PENSION_INSURED, uninsured: UNINSURED })
		.derive({
			ins: (d: { status: string }, $: { insured: string[] }) => (aq.op.includes($.insured, d.status) ? 1 : 0),
			unins: (d: { status: string }, $: { uninsured: string[] }) => (aq.op.includes($.uninsured, d.status) ? 1 : 0)
		})
		.groupby('township')
		.rollup({ insured: aq.op.sum('ins'), uninsured: aq.op.sum('unins') })
		.derive({ coverage: (d: { insured: number; uninsured: number }) => d.insured / (d.insured + d.uninsured) })
		.objects() as { township: string; insured: number; uninsured: number }[];
	const { result: byTownship, ms: arqueroMs } = await medianOf(async () => arquero());

	const { result: duck, ms: duckdbPersonsMs } = await medianOf(() => db.all<{ township: string; insured: number; uninsured: number }>(
		`SELECT left(code, 9) AS township,
			count_if(aic003 IN ('11', '12', '13', '14', '15', '81', '82')) AS insured,
			count_if(aic003 IN ('91', '92', '94')) AS uninsured,
			insured / nullif(insured + uninsured, 0) AS coverage
		FROM persons WHERE as_of = $as_of::DATE GROUP BY 1`,
		{ as_of: asOf }
	));

	// what the pages do: the same figure from the load-time township rollup (persons per township and status)
	const { result: fromAggregates, ms: duckdbAggregatesMs } = await medianOf(() => db.all<{ township: string; insured: number; uninsured: number; eligible: number }>(
		`SELECT code AS township,
			coalesce(sum(n) FILTER (WHERE status IN ('11', '12', '13', '14', '15', '81', '82')), 0) AS insured,
			coalesce(sum(n) FILTER (WHERE status IN ('91', '92', '94')), 0) AS uninsured,
			insured + uninsured AS eligible, insured / nullif(eligible, 0) AS coverage
		FROM agg_status_level WHERE as_of = $as_of::DATE AND level_len = 9 AND insurance = '1' AND starts_with(code, $province)
		GROUP BY 1`,
		{ as_of: asOf, province: scope.slice(0, 2) }
	));

	const key = (r: { township: string; insured: number; uninsured: number }) => `${r.township}:${r.insured}:${r.uninsured}`;
	const a = new Set(byTownship.filter((r) => r.insured + r.uninsured > 0).map(key));
	const d = new Set(duck.filter((r) => r.insured + r.uninsured > 0).map(key));
	const g = new Set(fromAggregates.filter((r) => r.eligible > 0).map(key));
	const agree = a.size === d.size && [...a].every((k) => d.has(k)) && [...g].every((k) => d.has(k));
	return { rows: rows.length, townships: duck.length, arqueroMs, duckdbPersonsMs, duckdbAggregatesMs, agree };
}

/** Median wall time of five runs (the first of each path pays for cold caches and JIT warm-up). */
async function medianOf<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
	const times: number[] = [];
	let result!: T;
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		result = await run();
		times.push(performance.now() - start);
	}
	return { result, ms: times.sort((a, b) => a - b)[2] };
}
