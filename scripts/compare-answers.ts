// Compares two dumps of scripts/dump-answers.ts (before and after a restructure) and prints every
// difference that the 本级 rule does not explain:
//   npx tsx scripts/compare-answers.ts BEFORE.json AFTER.json
// Allowed by the rule (docs/spec/METRICS.md "The quarterly report"): rows without a reference name
// leave report/rank; `own` appears; ranks change only where a name-less row had been ranked; the 甲栏
// check and the checks of removed rows change with them; a projection beyond the 50-year horizon is null
// (issue 14). Every other figure must be identical.
import { readFileSync } from 'node:fs';

type Json = Record<string, any>;
const [beforePath, afterPath] = process.argv.slice(2);
const before: Json = JSON.parse(readFileSync(beforePath, 'utf8'));
const after: Json = JSON.parse(readFileSync(afterPath, 'utf8'));
const problems: string[] = [];
// key order inside objects (e.g. duplicate_pairs, grouped by DuckDB in any order) is no difference
const canonical = (v: unknown): unknown =>
	Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
let compared = 0;
let explained = 0;

for (const key of Object.keys(before)) {
	const a = before[key];
	const b = after[key];
	compared++;
	if (b === undefined) { problems.push(`${key}: missing after`); continue; }
	if (key.startsWith('metrics ')) {
		// issue 14 (finding 4): a projection more than 50 years from the snapshot is null, never a date
		const asOf = Number(key.slice(-10, -6));
		const horizon = (k: string, v: unknown) =>
			/\.projection$/.test(k) && typeof v === 'string' && Math.abs(Number(v.slice(0, 4)) - asOf) > 50 ? null : v;
		const withHorizon = { ...a, metrics: Object.fromEntries(Object.entries(a.metrics).map(([k, v]) => [k, horizon(k, v)])) };
		if (!same(withHorizon, b)) problems.push(`${key}: metrics differ`);
		else if (!same(a, b)) explained++;
		continue;
	}
	if (key.startsWith('trend ') || key.startsWith('child-projection ')) {
		if (!same(a, b)) problems.push(`${key}: differs`);
		continue;
	}
	const named = new Set(b.rows.map((r: Json) => r.code));
	const dropped = a.rows.filter((r: Json) => !named.has(r.code));
	if (dropped.some((r: Json) => r.name !== null)) problems.push(`${key}: a named row left`);
	if (dropped.length) explained++;
	if (key.startsWith('report ')) {
		if (!same(a.total, b.total)) problems.push(`${key}: total differs`);
		const kept = a.rows.filter((r: Json) => named.has(r.code));
		if (!same(kept, b.rows)) problems.push(`${key}: rows differ`);
		const checks = (c: Json[]) => c.filter((x) => x.row !== 'total' && x.row !== 'own' && named.has(x.row));
		if (!same(checks(a.checks), checks(b.checks))) problems.push(`${key}: row checks differ`);
		// the 本级 row holds exactly what the dropped rows and the old 甲栏 gap held
		for (const n of Object.keys(b.total.columns)) {
			if (n === '1') continue;
			const rows = b.rows.reduce((s: number, r: Json) => s + (r.columns[n] ?? 0), 0);
			if (rows + b.own.columns[n] !== b.total.columns[n]) problems.push(`${key}: column ${n} rows + 本级 ≠ total`);
		}
	} else {
		const value = (rows: Json[]) => Object.fromEntries(rows.filter((r) => named.has(r.code)).map((r) => [r.code, [r.value, r.status]]));
		if (!same(value(a.rows), value(b.rows))) problems.push(`${key}: values differ`);
		const rankedDropped = dropped.some((r: Json) => r.rank !== null || r.previous_rank !== null);
		const ranks = (rows: Json[]) => rows.filter((r) => named.has(r.code)).map((r) => [r.code, r.rank, r.previous_rank]);
		if (!rankedDropped && !same(ranks(a.rows), ranks(b.rows))) problems.push(`${key}: ranks differ with no name-less row ranked`);
		if (b.own === undefined) problems.push(`${key}: no own`);
	}
}
console.log(`${compared} answers compared; ${explained} differ only as the 本级 rule or the projection horizon says; ${problems.length} unexplained differences`);
for (const p of problems.slice(0, 40)) console.log('  ' + p);
process.exit(problems.length ? 1 : 0);
