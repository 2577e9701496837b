// Times `canbao generate` for N persons and records peak memory (max RSS of a child process, which
// includes DuckDB's native memory). Usage:
//   npx tsx bench/generate-bench.ts --persons 1000000 [--format csv|parquet] [--quarters K] [--keep]
// --quarters K writes only the first K of the 13 quarters (for very large N on a busy machine).
// Output goes under data/bench/ (git-ignored) and is deleted afterwards unless --keep; the figures are
// merged into bench/generate-results.json keyed by persons and format.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};

if (args.includes('--child')) {
	// the measured process: generate, then report its own peak RSS
	const { generateProvince } = await import('../src/lib/server/generate/generate-province.ts');
	const { quarterEnd } = await import('../src/lib/server/generate/quarters.ts');
	const result = await generateProvince({
		out: flag('--out')!,
		persons: Number(flag('--persons')),
		seed: 1,
		scope: '52',
		format: flag('--format') as 'csv' | 'parquet',
		to: quarterEnd(Number(flag('--quarters')) - 1),
		onProgress: (m) => console.error(m)
	});
	console.log(JSON.stringify({ seconds: result.seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
} else {
	const persons = Number(flag('--persons') ?? 1_000_000);
	const format = flag('--format') ?? 'csv';
	const quarters = Number(flag('--quarters') ?? 13);
	if (!Number.isInteger(quarters) || quarters < 1 || quarters > 13) throw new Error('--quarters 1..13');
	if (!Number.isInteger(persons) || persons < 1000) throw new Error('--persons N');
	if (format !== 'csv' && format !== 'parquet') throw new Error('--format csv|parquet');
	const out = join(root, 'data', 'bench', `generate-${persons}-${format}`);
	const started = Date.now();
	const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child',
		'--out', out, '--persons', String(persons), '--format', format, '--quarters', String(quarters)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
	let stdout = '';
	child.stdout.on('data', (d) => (stdout += d));
	const code: number = await new Promise((r) => child.on('close', r));
	if (code !== 0) throw new Error(`generation failed (exit ${code})`);
	const measured = JSON.parse(stdout.trim().split('\n').at(-1)!);
	const bytes = existsSync(out) ? du(out) : 0;
	const entry = {
		persons,
		format,
		quarters,
		loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
		seconds: Math.round(measured.seconds * 10) / 10,
		wallSeconds: Math.round((Date.now() - started) / 100) / 10,
		peakRssMB: Math.round(measured.maxRssBytes / 2 ** 20),
		outputMB: Math.round(bytes / 2 ** 20),
		machine: `${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
		measuredAt: new Date().toISOString()
	};
	console.log(JSON.stringify(entry, null, 1));
	const file = join(here, 'generate-results.json');
	const all: (typeof entry)[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
	const merged = [...all.filter((e) => !(e.persons === persons && e.format === format && e.quarters === quarters)), entry].sort(
		(a, b) => a.persons - b.persons || a.format.localeCompare(b.format)
	);
	writeFileSync(file, JSON.stringify(merged, null, 1) + '\n');
	if (!args.includes('--keep')) rmSync(out, { recursive: true, force: true });
}

function du(path: string): number {
	const s = statSync(path);
	if (!s.isDirectory()) return s.size;
	return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}
