// `npx tsx scripts/load-alternate.ts --folder SNAPSHOT --runs N TREE…`: the loader's before/after timing on
// a shared, noisy machine (bench/notes.md "This session: loader"). Each TREE is a checkout of canbao (e.g.
// a `git archive` of the commit before a change); every round loads SNAPSHOT once with each tree, into a
// fresh copy of that tree's empty database, and runs DuckDB's bare read of the same files once, in turn,
// so that the machine's load drifts over all of them alike. Prints wall, CPU (user + system) and peak
// memory per run, then the medians per tree and the ratio of the median load to the median bare read.
// The loaded files stay as TREE/…/alternate-<i>.duckdb for scripts/compare-databases.ts.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { folder: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' }, 'no-bare': { type: 'boolean' } }
});
const folder = resolve(values.folder ?? '');
const runs = Number(values.runs ?? 3);
const out = resolve(values.out ?? 'data/alternate');
mkdirSync(out, { recursive: true });
const trees = positionals.map((t) => resolve(t));

interface Run { wall: number; cpu: number; mb: number }
function timed(cwd: string, args: string[], env: Record<string, string> = {}): Run {
	const r = spawnSync('/usr/bin/time', ['-f', '__time %e %U %S %M', process.execPath, ...args], {
		cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20
	});
	const line = r.stderr.split('\n').find((l) => l.startsWith('__time '));
	if (r.status !== 0 || !line) throw new Error(`${args.join(' ')} (${cwd}) failed:\n${r.stderr.slice(-2000)}`);
	const [, e, u, s, kb] = line.split(' ').map(Number);
	return { wall: e, cpu: u + s, mb: kb / 1024 };
}

// an empty database of each tree's own schema, made once (outside the timings, as bench/run.ts does)
const templates = trees.map((tree, i) => {
	const path = join(out, `template-${i}.duckdb`);
	if (!existsSync(path)) {
		const code = `import { Database } from './src/lib/server/db/database.ts'; import { ensureSchema } from './src/lib/server/db/schema.ts';
			const db = await Database.open(${JSON.stringify(path)}, { readOnly: false }); await ensureSchema(db); await db.run('CHECKPOINT'); db.close();`;
		timed(tree, ['--import', 'tsx', '--input-type=module', '-e', code]);
	}
	return path;
});
const label = (i: number) => `${i}:${basename(trees[i])}`;
const results: Run[][] = trees.map(() => []);
const bare: Run[] = [];
for (let round = 0; round < runs; round++) {
	// the order turns each round, so no tree always runs right after the bare read
	const order = trees.map((_, i) => (i + round) % trees.length);
	for (const i of order) {
		const db = join(out, `alternate-${i}.duckdb`);
		copyFileSync(templates[i], db);
		const r = timed(trees[i], ['bin/canbao.js', 'load', folder, '--db', db, '--json']);
		results[i].push(r);
		console.log(`round ${round + 1} ${label(i)}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s cpu, ${r.mb.toFixed(0)} MB`);
	}
	if (!values['no-bare']) {
		const r = timed(trees[0], ['--import', 'tsx', 'bench/lib/duckdb-baseline.ts', folder, join(out, 'bare.duckdb')]);
		bare.push(r);
		console.log(`round ${round + 1} bare read: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s cpu`);
	}
}
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bareWall = bare.length ? median(bare.map((r) => r.wall)) : NaN;
if (bare.length) console.log(`bare read: median ${bareWall.toFixed(2)} s wall, ${median(bare.map((r) => r.cpu)).toFixed(2)} s cpu`);
trees.forEach((_, i) => {
	const wall = median(results[i].map((r) => r.wall));
	console.log(
		`${label(i)}: median ${wall.toFixed(2)} s wall (${results[i].map((r) => r.wall.toFixed(1)).join(', ')}), ` +
			`${median(results[i].map((r) => r.cpu)).toFixed(2)} s cpu, peak ${Math.max(...results[i].map((r) => r.mb)).toFixed(0)} MB` +
			(bare.length ? `, ${(wall / bareWall).toFixed(2)}× the bare read` : '')
	);
});
