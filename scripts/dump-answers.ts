// Dumps every CLI/API answer (metrics, report, rank for every metric the old and new code share) for
// every region above village level of a database, for a before/after comparison of a restructure:
//   npx tsx scripts/dump-answers.ts DB OUT.json [--snapshots N]
// Regions: every code of length 2–6 found in the data and every Nth township (--townships-every N).
import { writeFileSync } from 'node:fs';
import { Database } from '../src/lib/server/db/database.ts';
import { computeMetrics } from '../src/lib/server/metrics/metrics.ts';
import { buildReport, reportJson } from '../src/lib/server/metrics/report.ts';
import { buildRank } from '../src/lib/server/metrics/rank.ts';
import { listSnapshots } from '../src/lib/server/metrics/snapshots.ts';
import { childFigures } from '../src/lib/server/views/overview/children.ts';
import { overviewTrend } from '../src/lib/server/views/overview/trend.ts';
import { childLength } from '../src/lib/shared/region-code.ts';
import { DEFAULT_PLAN } from '../src/lib/server/plan/plan.ts';

const [dbPath, out] = process.argv.slice(2);
const count = Number(process.argv[process.argv.indexOf('--snapshots') + 1] || 2);
const METRICS = ['pension.coverage', 'pension.uninsured', 'registration_rate', 'pension.duplicate_enrolled'];
const every = Number(process.argv[process.argv.indexOf('--townships-every') + 1] || 1);
const db = await Database.open(dbPath, { readOnly: true });
const snapshots = (await listSnapshots(db)).map((s) => s.as_of);
const chosen = snapshots.slice(-count);
const codes = (
	await db.all<{ code: string }>(`SELECT DISTINCT code FROM agg_person_level WHERE level_len IN (2, 4, 6, 9) AND length(code) = level_len ORDER BY code`)
).filter((c, i) => c.code.length < 9 || i % every === 0);
const answers: Record<string, unknown> = {};
for (const asOf of chosen) {
	for (const { code } of codes) {
		answers[`metrics ${code} ${asOf}`] = await computeMetrics(db, code, asOf, DEFAULT_PLAN);
		answers[`report ${code} ${asOf}`] = reportJson(await buildReport(db, code, asOf, DEFAULT_PLAN));
		for (const m of METRICS) answers[`rank ${code} ${m} ${asOf}`] = await buildRank(db, code, m, asOf, DEFAULT_PLAN);
		// 总览's coverage trend and its children's projections (the trend primitive, issue 13)
		answers[`trend ${code} ${asOf}`] = await overviewTrend(db, code, asOf);
		const length = childLength(code);
		if (length !== null) {
			const { rows } = await childFigures(db, code, length, asOf, 'pension', DEFAULT_PLAN);
			answers[`child-projection ${code} ${asOf}`] = rows.map((r) => [r.code, r.projection, r.coverage]);
		}
	}
}
writeFileSync(out, JSON.stringify(answers));
console.log(`${Object.keys(answers).length} answers for ${codes.length} regions × ${chosen.length} snapshots`);
db.close();
