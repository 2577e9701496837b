// `npx tsx bench/follow.ts <database> [county] [repeats]`: in-process timings of issue 17's follow-up, each call
// uncached (the functions the cached entry points wrap, called directly): changes between the two latest
// snapshots for the province and a county, a batch's follow-up (the county's pension 应参未参 list of the
// earlier snapshot, followed into the later one) and the 单位稽核 employer list and one employer.
import { Database } from '../src/lib/server/db/database.ts';
import { buildChanges } from '../src/lib/server/views/changes/changes.ts';
import { candidateIds, followUp, type OpenBatch } from '../src/lib/server/views/batches/batches.ts';
import { unitDetail, unitList } from '../src/lib/server/views/employers/employers.ts';
import { codeNames } from '../src/lib/server/persons/code-names.ts';
import { listSnapshots } from '../src/lib/server/metrics/snapshots.ts';
import { percentile } from './lib/measure.ts';

const [path, countyArg, repeatsArg] = process.argv.slice(2);
if (!path) throw new Error('usage: bench/follow.ts <database> [county] [repeats]');
const repeats = Number(repeatsArg ?? 7);
const db = await Database.open(path, { readOnly: true });
const dates = (await listSnapshots(db)).map((s) => s.as_of);
const [from, to] = dates.slice(-2);
const county = countyArg ?? '520302';
const names = await codeNames(db);

async function time(name: string, work: () => Promise<unknown>): Promise<void> {
	const ms: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const t = performance.now();
		await work();
		ms.push(performance.now() - t);
	}
	console.log(`${name.padEnd(40)} first ${ms[0].toFixed(0).padStart(5)} ms   p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms   max ${Math.max(...ms).toFixed(0).padStart(5)} ms`);
}

console.log(`${path}: ${dates.length} snapshots, changes ${from} → ${to}, county ${county}, ${repeats} calls each`);
await time('changes province 52', () => buildChanges(db, { region: '52', from, to, insurance: 'pension' }));
await time(`changes county ${county}`, () => buildChanges(db, { region: county, from, to, insurance: 'pension' }));
const ids = await candidateIds(db, county, from, '1', '');
const open = {
	batch: { serial: 1, number: 'KM-bench', created_at: '', ids: ids.length, sender: 'bench', sender_name: null, sender_role: 'planner', region: county, insurance: 'pension', split: 'region', grp: '', as_of: from, note: '', due_date: null },
	part: { all: true },
	ids
} as unknown as OpenBatch;
await time(`batch follow-up ${county} (${ids.length} ids)`, () => followUp(db, open, dates));
await time('employers province 52', () => unitList(db, { region: '52', asOf: to, repeat: false, limit: 20, offset: 0 }, names));
await time('employers province 52 repeat only', () => unitList(db, { region: '52', asOf: to, repeat: true, limit: 20, offset: 0 }, names));
await time(`employers county ${county}`, () => unitList(db, { region: county, asOf: to, repeat: false, limit: 20, offset: 0 }, names));
const top = (await unitList(db, { region: '52', asOf: to, repeat: false, limit: 1, offset: 0 }, names)).rows[0];
if (top) await time(`one employer ${top.aab001}`, () => unitDetail(db, { aab001: top.aab001, asOf: to, region: '52', dates }, names));
db.close();
