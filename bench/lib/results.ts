import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EndpointTiming } from './http-timing.ts';
import { concurrencySection, readConcurrency } from './concurrency-results.ts';
import type { HeadlineResult } from './headline-aggregation.ts';

export interface BenchRun {
	date: string;
	machine: string;
	persons: number;
	quarters: number;
	snapshotFolderMb: number;
	generation: { seconds: number; peakMemoryMb: number };
	load: { seconds: number; peakMemoryMb: number };
	baseline: { seconds: number; peakMemoryMb: number };
	loadRatio: number;
	/** The bare read into a file of the newest storage format, the loader's (absent in older runs). */
	baselineLatest?: { seconds: number; peakMemoryMb: number };
	loadAll: { seconds: number; peakMemoryMb: number };
	databaseMb: number;
	regions: Record<string, string>;
	engine: { query: string; level: string; region: string; firstMs: number; p50Ms: number; p95Ms: number }[];
	http: EndpointTiming[];
	serverPeakMb: number | null;
	headline: HeadlineResult;
	jsSizes: { route: string; gzipKb: number }[];
}

const JSON_PATH = 'bench/results.json';
const MD_PATH = 'bench/results.md';

/** Keeps the latest run per size in bench/results.json and rewrites bench/results.md from all of them. */
export function writeResults(run: BenchRun): void {
	const all: Record<string, BenchRun> = existsSync(JSON_PATH) ? JSON.parse(readFileSync(JSON_PATH, 'utf8')).runs : {};
	all[String(run.persons)] = run;
	writeFileSync(JSON_PATH, JSON.stringify({ runs: all }, null, 1) + '\n');
	rewriteMarkdown();
}

/** bench/results.md from bench/results.json, bench/notes.md and bench/concurrency.json. */
export function rewriteMarkdown(): void {
	const all: Record<string, BenchRun> = existsSync(JSON_PATH) ? JSON.parse(readFileSync(JSON_PATH, 'utf8')).runs : {};
	const runs = Object.values(all).sort((a, b) => a.persons - b.persons);
	writeFileSync(MD_PATH, markdown(runs));
}

const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => n.toFixed(0);
const mark = (ok: boolean) => (ok ? '✓' : '✗ missed');

function markdown(runs: BenchRun[]): string {
	const out: string[] = [
		'# Benchmarks',
		'',
		'Written by `npm run bench [-- --persons N]` (bench/run.ts); every figure of a section comes from one run',
		'on one machine. Targets (issue 7): load ≤ 1.5× DuckDB\'s bare read of the same files; every page\'s',
		'server load and API call p95 < 100 ms at 10M persons (warm), < 300 ms at 40M; loader peak memory',
		'< 4 GB at 10M; the headline aggregation ≥ 20× faster than the in-memory JavaScript alternative.',
		'',
		'| persons | quarters | load (s) | bare read (s) | ratio | loader peak (MB) | all quarters (s) | database (MB) | engine p95 max (ms) | HTTP cold max (ms) | HTTP warm p95 max (ms) | vs Arquero |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const r of runs) {
		const ok = r.http.filter((h) => h.status === 200);
		out.push(
			`| ${r.persons.toLocaleString('en-US')} | ${r.quarters} | ${f1(r.load.seconds)} | ${f1(r.baseline.seconds)} | ${r.loadRatio.toFixed(2)}× | ${f0(r.load.peakMemoryMb)} | ${f0(r.loadAll.seconds)} | ${f0(r.databaseMb)} | ` +
				`${f1(Math.max(...r.engine.map((e) => e.p95Ms)))} | ${ok.length ? f1(Math.max(...ok.map((h) => h.coldMs))) : '—'} | ${ok.length ? f1(Math.max(...ok.map((h) => h.warmP95Ms))) : '—'} | ` +
				`${(r.headline.arqueroMs / r.headline.duckdbAggregatesMs).toFixed(0)}× |`
		);
	}
	// the analysis of targets met and missed is written by hand beside the generated figures
	if (existsSync('bench/notes.md')) out.push('', readFileSync('bench/notes.md', 'utf8').trim());
	for (const r of runs) out.push('', ...section(r));
	const concurrency = concurrencySection(readConcurrency());
	if (concurrency.length) out.push('', ...concurrency);
	return out.join('\n') + '\n';
}

function section(r: BenchRun): string[] {
	const lines = [
		`## ${r.persons.toLocaleString('en-US')} persons`,
		'',
		`${r.date.slice(0, 16).replace('T', ' ')} UTC · ${r.machine}`,
		'',
		`Regions timed: ${Object.entries(r.regions).map(([level, code]) => `${level} ${code}`).join(', ')}.`,
		'',
		'### Generation and loading',
		'',
		'| step | seconds | peak memory (MB) | note |',
		'|---|---|---|---|',
		`| generate ${r.quarters} quarters | ${f1(r.generation.seconds)} | ${f0(r.generation.peakMemoryMb)} | \`canbao generate\` |`,
		`| \`canbao load\` one quarter | ${f1(r.load.seconds)} | ${f0(r.load.peakMemoryMb)} | staging, validation, ids, aggregates, copy-and-swap (${f0(r.snapshotFolderMb)} MB of files) |`,
		`| DuckDB bare read, same files | ${f1(r.baseline.seconds)} | ${f0(r.baseline.peakMemoryMb)} | \`read_csv\`/\`read_parquet\` into plain tables |`,
		`| **ratio** | **${r.loadRatio.toFixed(2)}×** | | target ≤ 1.5×: ${mark(r.loadRatio <= 1.5)} |`,
		...(r.baselineLatest
			? [
					`| DuckDB bare read, newest storage format | ${f1(r.baselineLatest.seconds)} | ${f0(r.baselineLatest.peakMemoryMb)} | the format the loader writes; ratio ${(r.load.seconds / r.baselineLatest.seconds).toFixed(2)}× |`
				]
			: []),
		`| load all ${r.quarters} quarters | ${f1(r.loadAll.seconds)} | ${f0(r.loadAll.peakMemoryMb)} | one batch |`,
		`| database file | | | ${f0(r.databaseMb)} MB |`,
		'',
		'### Engine (in process, no cache; 10 calls)',
		'',
		'| query | level | first (ms) | p50 (ms) | p95 (ms) |',
		'|---|---|---|---|---|',
		...r.engine.map((e) => `| ${e.query} | ${e.level} | ${f1(e.firstMs)} | ${f1(e.p50Ms)} | ${f1(e.p95Ms)} |`),
		'',
		'### Pages and API over HTTP (server load via `__data.json`; cold = first call, warm = 20 more)',
		''
	];
	if (r.http.length === 0) lines.push('Not measured in this run.');
	else {
		lines.push('| endpoint · level | status | cold (ms) | warm p50 (ms) | warm p95 (ms) | bytes |', '|---|---|---|---|---|---|');
		for (const h of r.http) {
			lines.push(`| ${h.url} | ${h.status} | ${f1(h.coldMs)} | ${f1(h.warmP50Ms)} | ${f1(h.warmP95Ms)} | ${h.bytes.toLocaleString('en-US')} |`);
		}
		if (r.serverPeakMb !== null) lines.push('', `Server peak memory (VmHWM): ${f0(r.serverPeakMb)} MB.`);
	}
	lines.push(
		'',
		'### Headline aggregation: pension coverage by township',
		'',
		'Each path timed five times on the same rows; the median is shown (runs before this session\'s: one call, and the aggregate path read the per-code table).',
		'',
		'| path | ms | ratio to DuckDB (aggregates) |',
		'|---|---|---|',
		`| Arquero over ${r.headline.rows.toLocaleString('en-US')} loaded persons rows (in memory) | ${f1(r.headline.arqueroMs)} | ${(r.headline.arqueroMs / r.headline.duckdbAggregatesMs).toFixed(0)}× |`,
		`| DuckDB over the same persons rows | ${f1(r.headline.duckdbPersonsMs)} | ${(r.headline.duckdbPersonsMs / r.headline.duckdbAggregatesMs).toFixed(1)}× |`,
		`| DuckDB over the load-time township rollup (what pages use) | ${f1(r.headline.duckdbAggregatesMs)} | 1× |`,
		'',
		`Arquero vs DuckDB over persons rows: ${(r.headline.arqueroMs / r.headline.duckdbPersonsMs).toFixed(1)}×. ` +
			`The three paths give the same ${r.headline.townships.toLocaleString('en-US')} township figures: ${r.headline.agree ? 'yes' : 'NO'}.`,
		'',
		'### JavaScript per page (gzip, first visit)',
		'',
		'| route | KB |',
		'|---|---|',
		...r.jsSizes.map((s) => `| ${s.route} | ${f1(s.gzipKb)} |`)
	);
	return lines;
}
