// Results of the concurrency bench (bench/concurrency.ts): bench/concurrency.json, the latest run per
// size, shown as a section of bench/results.md (bench/lib/results.ts renders it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rewriteMarkdown } from './results.ts';

export interface PageResult {
	name: string;
	count: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
}

export interface PhaseResult {
	requests: number;
	errors: number;
	errorStatuses: string[];
	pages: PageResult[];
	p95Ms: number;
}

export interface ConcurrencyRun {
	date: string;
	machine: string;
	persons: number;
	quarters: number;
	users: number;
	seconds: number;
	idle: PhaseResult;
	withLoad: PhaseResult | null;
	loadSeconds: number | null;
}

const JSON_PATH = 'bench/concurrency.json';
/** Target of issue 19: every page's p95 ≤ 200 ms with 50 users at once. */
export const CONCURRENCY_TARGET_MS = 200;

export function readConcurrency(): ConcurrencyRun[] {
	if (!existsSync(JSON_PATH)) return [];
	return Object.values(JSON.parse(readFileSync(JSON_PATH, 'utf8')).runs as Record<string, ConcurrencyRun>).sort((a, b) => a.persons - b.persons);
}

export function writeConcurrency(run: ConcurrencyRun): void {
	const runs: Record<string, ConcurrencyRun> = Object.fromEntries(readConcurrency().map((r) => [String(r.persons), r]));
	runs[String(run.persons)] = run;
	writeFileSync(JSON_PATH, JSON.stringify({ runs }, null, 1) + '\n');
	rewriteMarkdown();
}

const f0 = (n: number) => n.toFixed(0);

export function concurrencySection(runs: ConcurrencyRun[]): string[] {
	if (runs.length === 0) return [];
	const out = ['## Many users at once (`npm run bench:users`)', ''];
	for (const r of runs) {
		out.push(
			`### ${r.persons.toLocaleString('en-US')} persons, ${r.users} users`,
			'',
			`${r.date.slice(0, 16).replace('T', ' ')} UTC · ${r.machine}. Each user opens a page every 2–6 s (its role's pages, ` +
				`regions of its scope, 60% the latest of ${r.quarters} snapshots); ${r.seconds} s per phase. Target: every page p95 ≤ ${CONCURRENCY_TARGET_MS} ms.`,
			''
		);
		const phases: [string, PhaseResult | null][] = [['no load', r.idle], [`a load running (${r.loadSeconds?.toFixed(0) ?? '—'} s)`, r.withLoad]];
		for (const [label, p] of phases) {
			if (!p) continue;
			const worst = Math.max(...p.pages.map((x) => x.p95Ms));
			out.push(
				`**${label}**: ${p.requests} requests, ${p.errors} not 200${p.errorStatuses.length ? ` (${p.errorStatuses.join(', ')})` : ''}; ` +
					`all pages p95 ${f0(p.p95Ms)} ms; worst page p95 ${f0(worst)} ms: ${worst <= CONCURRENCY_TARGET_MS ? '✓' : '✗ missed'}.`,
				'',
				'| page | requests | p50 (ms) | p95 (ms) | max (ms) |',
				'|---|---|---|---|---|',
				...p.pages.map((x) => `| ${x.name} | ${x.count} | ${f0(x.p50Ms)} | ${f0(x.p95Ms)} | ${f0(x.maxMs)} |`),
				''
			);
		}
	}
	return out;
}
