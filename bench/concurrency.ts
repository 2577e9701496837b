// `npm run bench:users [-- --persons N --quarters K --users 50 --seconds 60]`: many signed-in users at once
// (issue 19 item 5). Serves the database `npm run bench` loaded (data/bench/<N>[-q<K>]/all.duckdb, copied so
// that the run cannot change it), signs in --users accounts of every role at every level, and lets each
// open a page every few seconds (think time 2–6 s) across regions of its scope, the pages its role may
// open, and the loaded snapshots. Two phases of --seconds each: the server idle but for the users, then
// with a `canbao load` of the latest quarter running into the served file (as an upload does). Writes
// bench/concurrency.json; bench/results.md shows it (bench/lib/results.ts).
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { Database } from '../src/lib/server/db/database.ts';
import { percentile } from './lib/measure.ts';
import { signIn, startServer, stopServer, type Server } from './lib/http-timing.ts';
import { pickVisit, planUsers, type BenchRegions, type Visit } from './lib/virtual-users.ts';
import { writeConcurrency, type ConcurrencyRun, type PhaseResult } from './lib/concurrency-results.ts';

const { values } = parseArgs({
	options: {
		persons: { type: 'string' },
		quarters: { type: 'string' },
		users: { type: 'string' },
		seconds: { type: 'string' },
		port: { type: 'string' },
		'no-load': { type: 'boolean' }
	}
});
const persons = Number(values.persons ?? 1_000_000);
const quarters = Number(values.quarters ?? 13);
const userCount = Number(values.users ?? 50);
const seconds = Number(values.seconds ?? 60);
const dir = resolve('data/bench', quarters === 13 ? String(persons) : `${persons}-q${quarters}`);
const all = join(dir, 'all.duckdb');
if (!existsSync(all)) throw new Error(`${all} is missing: run \`npm run bench -- --persons ${persons}${quarters === 13 ? '' : ` --quarters ${quarters}`}\` first`);
const log = (message: string) => console.log(`[bench users ${persons}] ${message}`);

// the served copy: the load of phase 2 replaces its latest snapshot with the same files (same figures)
const served = join(dir, 'concurrency.duckdb');
copyFileSync(all, served);
const snapshotsDir = join(dir, 'snapshots');
const folders = readdirSync(snapshotsDir).filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f)).sort();
const regions = await benchRegions(served);

if (!existsSync('build/index.js')) spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const usersFile = join(dir, 'users-concurrency.json');
rmSync(usersFile, { force: true });
process.env.CANBAO_USERS = usersFile;
const { addUser } = await import('../src/lib/server/auth/users.ts');
const plans = planUsers(userCount, regions);
for (const u of plans) await addUser({ username: u.username, role: u.role, scope: u.scope, password: 'bench-password' });

const server = await startServer(
	{ CANBAO_DB: served, CANBAO_USERS: usersFile, CANBAO_AUDIT: join(dir, 'audit-concurrency.log'), CANBAO_STORE: join(dir, 'work-concurrency.duckdb') },
	Number(values.port ?? 4291)
);
const sessions: { plan: (typeof plans)[number]; server: Server }[] = [];
try {
	for (const plan of plans) {
		const s: Server = { ...server };
		await signIn(s, plan.username, 'bench-password');
		sessions.push({ plan, server: s });
	}
	log(`${sessions.length} users signed in; phase 1 (no load) ${seconds} s…`);
	const idle = await phase(seconds);
	let withLoad: PhaseResult | null = null;
	let loadSeconds: number | null = null;
	if (!values['no-load']) {
		log(`phase 2 (a load of ${folders[folders.length - 1]} running)…`);
		const started = performance.now();
		const loader = spawn(process.execPath, ['bin/canbao.js', 'load', join(snapshotsDir, folders[folders.length - 1]), '--db', served], { stdio: 'ignore' });
		const loaded = new Promise<void>((done) => loader.on('exit', () => done()));
		withLoad = await phase(seconds, loaded);
		await loaded;
		loadSeconds = (performance.now() - started) / 1000;
	}
	const run: ConcurrencyRun = {
		date: new Date().toISOString(),
		machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
		persons,
		quarters: folders.length,
		users: sessions.length,
		seconds,
		idle,
		withLoad,
		loadSeconds
	};
	writeConcurrency(run);
	log('wrote bench/concurrency.json and bench/results.md');
} finally {
	stopServer(server);
}

/** Every user opens a page, waits 2–6 s, and again, until the phase ends (and, with `until`, the load too). */
async function phase(minSeconds: number, until?: Promise<void>): Promise<PhaseResult> {
	const timings: { name: string; ms: number; status: number }[] = [];
	let done = false;
	const timer = new Promise<void>((r) => setTimeout(r, minSeconds * 1000));
	void Promise.all([timer, until ?? Promise.resolve()]).then(() => (done = true));
	let seed = 1;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	await Promise.all(
		sessions.map(async ({ plan, server: s }, i) => {
			await sleep(random() * 4000 + i * 20); // users arrive spread over the first seconds
			while (!done) {
				const visit: Visit = pickVisit(plan, regions, folders, random);
				const start = performance.now();
				const response = await fetch(s.base + visit.url, { headers: { cookie: s.cookie }, redirect: 'manual' });
				await response.arrayBuffer();
				timings.push({ name: visit.name, ms: performance.now() - start, status: response.status });
				await sleep(2000 + random() * 4000);
			}
		})
	);
	const byName = new Map<string, number[]>();
	const errors = timings.filter((t) => t.status !== 200);
	for (const t of timings.filter((t) => t.status === 200)) byName.set(t.name, [...(byName.get(t.name) ?? []), t.ms]);
	return {
		requests: timings.length,
		errors: errors.length,
		errorStatuses: [...new Set(errors.map((e) => `${e.name} ${e.status}`))].slice(0, 10),
		pages: [...byName.entries()]
			.map(([name, ms]) => ({ name, count: ms.length, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), maxMs: Math.max(...ms) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		p95Ms: percentile(timings.filter((t) => t.status === 200).map((t) => t.ms), 95)
	};
}

function sleep(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}

/** Regions to visit: the province, every prefecture, and up to 6 counties and 6 townships of the biggest. */
async function benchRegions(path: string): Promise<BenchRegions> {
	const db = await Database.open(path, { readOnly: true });
	try {
		const [{ scope }] = await db.all<{ scope: string }>(`SELECT scope FROM snapshots ORDER BY as_of DESC LIMIT 1`);
		const province = scope.slice(0, 2);
		const level = async (parent: string, length: number, limit: number) =>
			(
				await db.all<{ child: string }>(
					`SELECT left(code, $len) AS child FROM agg_person WHERE starts_with(code, $parent) AND length(code) >= $len
					AND NOT ends_with(left(code, $len), '000') GROUP BY 1 ORDER BY sum(persons) DESC LIMIT $limit`,
					{ len: length, parent, limit }
				)
			).map((r) => r.child);
		const prefectures = await level(province, 4, 20);
		const counties = await level(prefectures[0], 6, 6);
		const townships = await level(counties[0], 9, 6);
		return { province, prefectures, counties, townships };
	} finally {
		db.close();
	}
}
