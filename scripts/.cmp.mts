import { readFileSync } from 'node:fs';
import { openForReading } from '/work/wt/visit/src/cli/open-database.ts';
import { regionWithChildren } from '/work/wt/visit/src/lib/server/metrics/regions.ts';
const db = await openForReading(process.argv[2]);
const asOf = '2017-12-31';
const strip = (f: string) => readFileSync(f, 'utf8');
const files = { oldW: strip('/tmp/old-worklist.sql'), newW: strip('queries/survey/worklist.sql'), oldS: strip('/tmp/old-staff.sql'), newS: strip('queries/survey/staff.sql') };
for (const region of ['52', '520204']) {
	const { children } = await regionWithChildren(db, region, asOf);
	const ref = children.filter((c) => c.name !== null).map((c) => c.code).join(',');
	const len = region.length === 2 ? 4 : 9;
	const res: Record<string, number[]> = {};
	for (let i = 0; i < 5; i++) for (const [k, sql] of Object.entries(files)) {
		const p = k.endsWith('W') ? { region, as_of: asOf, child_len: len, children: ref } : { region, as_of: asOf };
		const s = performance.now(); const rows = await db.all(sql.replace(/;\s*$/, ''), p); (res[k] ??= []).push(performance.now() - s);
		if (i === 0 && k.endsWith('W')) console.log(k, JSON.stringify(rows.at(-1), (a, v) => typeof v === 'bigint' ? Number(v) : v));
	}
	for (const [k, v] of Object.entries(res)) console.log(region, k, v.map((x) => x.toFixed(0)).join(' '), 'median', [...v].sort((a, b) => a - b)[2].toFixed(0));
}
