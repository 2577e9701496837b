import { quarterIndex } from './quarters.ts';

export interface GenerateOptions {
	/** folder that receives one sub-folder per quarter-end */
	out: string;
	/** persons in the registry at the start (births, deaths and migration change it a little) */
	persons: number;
	seed: number;
	/** region-code prefix: 2 (province), 4 (prefecture) or 6 (county) digits */
	scope: string;
	format: 'csv' | 'parquet';
	/** first and last quarter-end to write (defaults 2014-12-31, 2017-12-31); a quarter's files do not depend on the others */
	from?: string;
	to?: string;
	onProgress?: (msg: string) => void;
	/** DuckDB settings; defaults suit a laptop */
	threads?: number;
	memoryLimit?: string;
	/** persons per chunk (default 600,000); the output does not depend on it */
	chunkPersons?: number;
}

export const PERSONS_MIN = 1_000;
export const PERSONS_MAX = 40_000_000;
export const SEED_MAX = 2 ** 31 - 1;

/** Checks every option (messages in Chinese, for the CLI) and returns them normalised. */
export function validateGenerateOptions(o: GenerateOptions): GenerateOptions {
	if (!o.out || typeof o.out !== 'string') throw new Error('缺少输出目录 (--out)');
	if (!Number.isInteger(o.persons) || o.persons < PERSONS_MIN || o.persons > PERSONS_MAX)
		throw new Error(`人数 (--persons) 须为 ${PERSONS_MIN} 至 ${PERSONS_MAX} 之间的整数: ${o.persons}`);
	if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > SEED_MAX)
		throw new Error(`随机种子 (--seed) 须为 0 至 ${SEED_MAX} 之间的整数: ${o.seed}`);
	if (!/^(\d{2}|\d{4}|\d{6})$/.test(o.scope))
		throw new Error(`范围 (--scope) 须为 2、4 或 6 位区划代码: ${o.scope}`);
	if (o.format !== 'csv' && o.format !== 'parquet')
		throw new Error(`格式 (--format) 只能是 csv 或 parquet: ${String(o.format)}`);
	for (const d of [o.from, o.to]) {
		if (d !== undefined && quarterIndex(d) === null) throw new Error(`不是季度末日期 (YYYY-MM-DD): ${d}`);
	}
	if (o.threads !== undefined && (!Number.isInteger(o.threads) || o.threads < 1 || o.threads > 256))
		throw new Error(`线程数须为正整数: ${o.threads}`);
	if (o.memoryLimit !== undefined && !/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(o.memoryLimit))
		throw new Error(`内存上限格式不对 (例如 4GB): ${o.memoryLimit}`);
	if (o.chunkPersons !== undefined && (!Number.isInteger(o.chunkPersons) || o.chunkPersons < 1))
		throw new Error(`每批人数须为正整数: ${o.chunkPersons}`);
	return { ...o };
}
