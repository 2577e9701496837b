// `npm run bench [-- --persons N]`: province-scale measurements in one run on this machine (issue 7).
// Generates (or reuses) N persons × 13 quarters, times `canbao load` against DuckDB's bare read of the
// same files, times the engine and every page's server load and API endpoint over HTTP, compares the
// headline aggregation with Arquero, records memory and sizes, and writes bench/results.{json,md}.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Database } from '../src/lib/server/db/database.ts';
import { assertCurrentSchema, ensureSchema } from '../src/lib/server/db/schema.ts';
import { timedProcess, timeAsync, percentile, type ProcessRun } from './lib/measure.ts';
import { headlineAggregation } from './lib/headline-aggregation.ts';
import { peakMemoryMb, signIn, startServer, stopServer, timeEndpoint, type EndpointTiming } from './lib/http-timing.ts';
import { pageJsSizes } from './lib/js-sizes.ts';
import { computeMetrics } from '../src/lib/server/metrics/metrics.ts';
import { buildReport } from '../src/lib/server/metrics/report.ts';
import { buildRank } from '../src/lib/server/metrics/rank.ts';
import { DEFAULT_PLAN } from '../src/lib/server/plan/plan.ts';
import { buildSurvey } from '../src/lib/server/views/survey/worklist.ts';
import { buildChanges } from '../src/lib/server/views/changes/changes.ts';
import { buildScorecard } from '../src/lib/server/views/score/build.ts';
import { writeResults, type BenchRun } from './lib/results.ts';
import { BENCH_PAGES, BENCH_ENDPOINTS } from './pages.ts';
import { quarterEnd } from '../src/lib/server/generate/quarters.ts';

const { values } = parseArgs({
	options: { persons: { type: 'string' }, quarters: { type: 'string' }, port: { type: 'string' }, 'skip-http': { type: 'boolean' }, 'generate-only': { type: 'boolean' } }
});
const persons = Number(values.persons ?? 1_000_000);
// --quarters K keeps only the last K of the 13 quarters (10M × 13 quarters is hours of generation here)
const quarters = Number(values.quarters ?? 13);
if (!Number.isInteger(quarters) || quarters < 1 || quarters > 13) throw new Error('--quarters must be 1 to 13');
const dir = resolve('data/bench', quarters === 13 ? String(persons) : `${persons}-q${quarters}`);
const snapshotsDir = join(dir, 'snapshots');
mkdirSync(dir, { recursive: true });
const log = (message: string) => console.log(`[bench ${persons}] ${message}`);
const canbao = (...args: string[]) => ['bin/canbao.js', ...args];

// 1. generate or reuse
const generatedMarker = join(dir, 'generated.json');
let generation: ProcessRun;
if (existsSync(generatedMarker)) {
	generation = JSON.parse(readFileSync(generatedMarker, 'utf8'));
	log(`reusing generated snapshots (${generation.seconds.toFixed(0)} s when made)`);
} else {
	rmSync(snapshotsDir, { recursive: true, force: true });
	log('generating…');
	const format = persons >= 5_000_000 ? 'parquet' : 'csv';
	const from = quarters < 13 ? ['--from', quarterEnd(13 - quarters)] : [];
	generation = timedProcess(process.execPath, canbao('generate', '--out', snapshotsDir, '--persons', String(persons), '--seed', '1', '--format', format, ...from));
	generation.stdout = '';
	writeFileSync(generatedMarker, JSON.stringify(generation));
}
// --generate-only: make the snapshot files now (e.g. ahead of a quiet machine for the timings), time nothing
if (values['generate-only']) process.exit(0);
const folders = readdirSync(snapshotsDir).filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f)).sort();
const latest = join(snapshotsDir, folders[folders.length - 1]);
const folderBytes = readdirSync(latest).reduce((sum, f) => sum + statSync(join(latest, f)).size, 0);

// 2. an empty database with the reference tables, as an installation has before its next load
const template = join(dir, 'template.duckdb');
if (!existsSync(template)) {
	const db = await Database.open(template, { readOnly: false });
	await ensureSchema(db);
	await db.run('CHECKPOINT');
	db.close();
}

// 3. load one snapshot vs DuckDB's bare read of the same files (best of three for small N: the machine's timings move by a third)
const attempts = persons >= 5_000_000 ? 1 : 3;
let load: ProcessRun | null = null;
let baseline: ProcessRun | null = null;
let baselineLatest: ProcessRun | null = null;
for (let i = 0; i < attempts; i++) {
	const one = join(dir, 'one.duckdb');
	copyFileSync(template, one);
	log(`load of ${folders[folders.length - 1]} (attempt ${i + 1})…`);
	const l = timedProcess(process.execPath, canbao('load', latest, '--db', one, '--json'));
	if (!load || l.seconds < load.seconds) load = l;
	log('DuckDB read_csv baseline…');
	const b = timedProcess(process.execPath, ['--import', 'tsx', 'bench/lib/duckdb-baseline.ts', latest, join(dir, 'baseline.duckdb')]);
	if (!baseline || b.seconds < baseline.seconds) baseline = b;
	const bl = timedProcess(process.execPath, ['--import', 'tsx', 'bench/lib/duckdb-baseline.ts', latest, join(dir, 'baseline.duckdb'), 'latest']);
	if (!baselineLatest || bl.seconds < baselineLatest.seconds) baselineLatest = bl;
}
rmSync(join(dir, 'baseline.duckdb'), { force: true });
log(`load ${load!.seconds} s vs bare read ${baseline!.seconds} s (newest storage format ${baselineLatest!.seconds} s)`);

// 4. every quarter, for trends and pages
const all = join(dir, 'all.duckdb');
const allMarker = join(dir, 'all.json');
let loadAll: ProcessRun;
// reused only if written with the current schema (a file from before a schema change lacks its tables)
if (existsSync(all) && existsSync(allMarker) && (await currentSchema(all))) loadAll = JSON.parse(readFileSync(allMarker, 'utf8'));
else {
	copyFileSync(template, all);
	log('loading every quarter…');
	loadAll = timedProcess(process.execPath, canbao('load', snapshotsDir, '--db', all));
	loadAll.stdout = '';
	writeFileSync(allMarker, JSON.stringify(loadAll));
}

// 5. the engine: metrics / report / rank for a province, prefecture, county and township
const db = await Database.open(all, { readOnly: true });
const regions = await sampleRegions(db);
const engine: BenchRun['engine'] = [];
for (const [level, region] of Object.entries(regions)) {
	const queries: (readonly [string, () => Promise<unknown>])[] = [
		['metrics', () => computeMetrics(db, region, undefined, DEFAULT_PLAN)],
		['report', () => buildReport(db, region, undefined, DEFAULT_PLAN)],
		['rank', () => buildRank(db, region, 'pension.coverage', undefined, DEFAULT_PLAN)],
		// this round's engine work (issues 16–18): the 入户调查 worklist, changes between the last two
		// snapshots, the 考核 scorecard (a village has no children to score)
		['survey', () => buildSurvey(db, region, undefined)],
		...(folders.length > 1
			? ([['changes', () => buildChanges(db, { region, from: folders[folders.length - 2], to: folders[folders.length - 1] })]] as const)
			: []),
		...(region.length < 12 ? ([['score', () => buildScorecard(db, region, undefined, DEFAULT_PLAN)]] as const) : [])
	];
	for (const [name, run] of queries) {
		const times: number[] = [];
		for (let i = 0; i < 10; i++) times.push((await timeAsync(run)).ms);
		engine.push({ query: name, level, region, firstMs: times[0], p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) });
	}
}
const latestAsOf = folders[folders.length - 1];
log('headline aggregation vs Arquero…');
const headline = await headlineAggregation(db, latestAsOf, regions.province);
db.close();

// 6. pages and endpoints over HTTP (server loads via SvelteKit's __data.json)
let http: EndpointTiming[] = [];
let serverPeakMb: number | null = null;
if (!values['skip-http']) {
	if (!existsSync('build/index.js')) spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
	const users = join(dir, 'users.json');
	process.env.CANBAO_USERS = users;
	const { addUser, readUsers } = await import('../src/lib/server/auth/users.ts');
	for (const [username, role] of [['bench', 'operator'], ['bench-admin', 'admin']] as const) {
		if (!readUsers().some((u) => u.username === username)) await addUser({ username, role, scope: regions.province, password: 'bench-password' });
	}
	const server = await startServer({ CANBAO_DB: all, CANBAO_USERS: users, CANBAO_AUDIT: join(dir, 'audit.log'), CANBAO_STORE: join(dir, 'work.duckdb') }, Number(values.port ?? 4290));
	try {
		await signIn(server, 'bench', 'bench-password');
		await timeEndpoint(server, `/api/metrics?region=${regions.province}&snapshot=${folders[0]}`, 0); // opens the database
		for (const endpoint of [...BENCH_PAGES, ...BENCH_ENDPOINTS]) {
			if (endpoint.admin) continue;
			for (const [level, region] of Object.entries(regions)) {
				const url = endpoint.url(region, latestAsOf);
				const timing = await timeEndpoint(server, url, endpoint.repeats ?? 20);
				http.push({ ...timing, url: `${endpoint.name} · ${level}` });
			}
		}
		await signIn(server, 'bench-admin', 'bench-password');
		for (const endpoint of [...BENCH_PAGES, ...BENCH_ENDPOINTS].filter((e) => e.admin)) {
			http.push({ ...(await timeEndpoint(server, endpoint.url(regions.province, latestAsOf))), url: `${endpoint.name} · province` });
		}
		serverPeakMb = peakMemoryMb(server.child.pid!);
	} finally {
		stopServer(server);
	}
}

// 7. results
const run: BenchRun = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
	persons,
	quarters: folders.length,
	snapshotFolderMb: folderBytes / 2 ** 20,
	generation: { seconds: generation.seconds, peakMemoryMb: generation.peakMemoryMb },
	load: { seconds: load!.seconds, peakMemoryMb: load!.peakMemoryMb },
	baseline: { seconds: baseline!.seconds, peakMemoryMb: baseline!.peakMemoryMb },
	loadRatio: load!.seconds / baseline!.seconds,
	baselineLatest: { seconds: baselineLatest!.seconds, peakMemoryMb: baselineLatest!.peakMemoryMb },
	loadAll: { seconds: loadAll.seconds, peakMemoryMb: loadAll.peakMemoryMb },
	databaseMb: statSync(all).size / 2 ** 20,
	regions,
	engine,
	http,
	serverPeakMb,
	headline,
	jsSizes: pageJsSizes()
};
writeResults(run);
log('wrote bench/results.md and bench/results.json');

async function sampleRegions(database: Database): Promise<Record<string, string>> {
	const [{ scope }] = await database.all<{ scope: string }>(`SELECT scope FROM snapshots ORDER BY as_of DESC LIMIT 1`);
	const biggest = async (parent: string, length: number) => {
		const [row] = await database.all<{ child: string }>(
			`SELECT left(code, $len) AS child FROM agg_person WHERE starts_with(code, $parent) AND length(code) >= $len
			AND NOT ends_with(left(code, $len), '000') GROUP BY 1 ORDER BY sum(persons) DESC LIMIT 1`,
			{ len: length, parent }
		);
		return row.child;
	};
	const province = scope.slice(0, 2);
	const prefecture = await biggest(province, 4);
	const county = await biggest(prefecture, 6);
	const township = await biggest(county, 9);
	return { province, prefecture, county, township };
}

async function currentSchema(path: string): Promise<boolean> {
	const db = await Database.open(path, { readOnly: true });
	try {
		await assertCurrentSchema(db);
		return true;
	} catch {
		return false;
	} finally {
		db.close();
	}
}
