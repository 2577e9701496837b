// In-process timings of the 入户调查 worklist (uncached) and a village's pack on a loaded database
// (issue 16 "the worklist and a village's pack answer in well under a second"):
//   npx tsx bench/survey-scale.ts <database.duckdb> [runs]
import { openForReading } from '../src/cli/open-database.ts';
import { buildSurvey } from '../src/lib/server/views/survey/worklist.ts';
import { buildPack } from '../src/lib/server/views/survey/pack.ts';

const [path, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 7);
const db = await openForReading(path);

async function time(label: string, work: () => Promise<unknown>) {
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await work();
		ms.push(performance.now() - t);
	}
	const sorted = [...ms].sort((a, b) => a - b);
	console.log(`${label}: first ${ms[0].toFixed(0)} ms, median ${sorted[Math.floor(runs / 2)].toFixed(0)} ms, max ${sorted[runs - 1].toFixed(0)} ms`);
}

// a county and a village with the most persons to visit
const county = (await db.all<{ c: string }>(`SELECT left(code, 6) AS c FROM persons WHERE reg_status = '31' AND length(code) >= 6 GROUP BY c ORDER BY count(*) DESC LIMIT 1`))[0].c;
const village = (await db.all<{ c: string; n: number }>(
	`SELECT code AS c, count(*) AS n FROM persons WHERE reg_status = '31' AND length(code) = 12 AND code IN (SELECT code FROM regions) GROUP BY code ORDER BY n DESC LIMIT 1`
))[0];
console.log(`county ${county}, village ${village.c} (${village.n} to visit)`);
await time('worklist 52 (province)', () => buildSurvey(db, '52', undefined));
await time(`worklist ${county} (county)`, () => buildSurvey(db, county, undefined));
await time(`worklist ${village.c} (village)`, () => buildSurvey(db, village.c, undefined));
await time(`pack ${village.c} (village)`, () => buildPack(db, village.c, undefined));
db.close?.();
