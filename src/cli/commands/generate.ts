import { generateProvince } from '../../lib/server/generate/generate-province.ts';
import { PERSONS_MAX, SEED_MAX, type GenerateOptions } from '../../lib/server/generate/options.ts';
import { quarterIndex } from '../../lib/server/generate/quarters.ts';

const USAGE =
	'用法: canbao generate --out 目录 [--persons 人数] [--seed 种子] [--scope 区划代码] [--format csv|parquet]\n' +
	'                      [--from 季度末日期] [--to 季度末日期]   (默认 2014-12-31 至 2017-12-31)';
/** The issue asks for 10,000 to 40,000,000 persons; the library itself accepts fewer (for tests). */
const CLI_PERSONS_MIN = 10_000;

/** What the command line sets; the rest of GenerateOptions keeps the library's defaults. */
export type GenerateArgs = Pick<GenerateOptions, 'out' | 'persons' | 'seed' | 'scope' | 'format' | 'from' | 'to'>;

/** Parses `--name value` pairs in any order; throws an Error with a Chinese message on bad input. */
export function parseGenerateArgs(args: string[]): GenerateArgs {
	const values = new Map<string, string>();
	const known = new Set(['--out', '--persons', '--seed', '--scope', '--format', '--from', '--to']);
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (!known.has(name)) throw new Error(`未知参数: ${arg}`);
		const value = inline ?? args[++i];
		if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new Error(`参数 ${name} 缺少取值`);
		if (values.has(name)) throw new Error(`参数 ${name} 重复出现`);
		values.set(name, value);
	}
	const out = values.get('--out');
	if (!out) throw new Error('缺少必填参数 --out (输出目录)');
	const persons = integer(values.get('--persons') ?? '1000000', '--persons (人数)');
	if (persons < CLI_PERSONS_MIN || persons > PERSONS_MAX)
		throw new Error(`--persons (人数) 须在 ${CLI_PERSONS_MIN} 至 ${PERSONS_MAX} 之间: ${persons}`);
	const seed = integer(values.get('--seed') ?? '1', '--seed (随机种子)');
	if (seed > SEED_MAX) throw new Error(`--seed (随机种子) 不能大于 ${SEED_MAX}: ${seed}`);
	const scope = values.get('--scope') ?? '52';
	if (!/^(\d{2}|\d{4}|\d{6})$/.test(scope)) throw new Error(`--scope (区划代码) 须为 2、4 或 6 位数字: ${scope}`);
	const format = values.get('--format') ?? 'csv';
	if (format !== 'csv' && format !== 'parquet') throw new Error(`--format 只能是 csv 或 parquet: ${format}`);
	const range: Pick<GenerateArgs, 'from' | 'to'> = {};
	for (const key of ['from', 'to'] as const) {
		const date = values.get(`--${key}`);
		if (date === undefined) continue;
		const q = quarterIndex(date);
		if (q === null || q < 0 || q > 12) throw new Error(`--${key} 须为 2014-12-31 至 2017-12-31 之间的季度末日期 (YYYY-MM-DD): ${date}`);
		range[key] = date;
	}
	if (range.from && range.to && range.from > range.to) throw new Error(`--from (${range.from}) 不能晚于 --to (${range.to})`);
	return { out, persons, seed, scope, format, ...range };
}

function integer(text: string, label: string): number {
	const clean = text.replaceAll('_', '').replaceAll(',', '');
	if (!/^\d+$/.test(clean)) throw new Error(`${label} 须为非负整数: ${text}`);
	return Number(clean);
}

/** `canbao generate …`: writes the synthetic quarterly snapshots; returns the exit code. */
export async function runGenerate(args: string[]): Promise<number> {
	let parsed: GenerateArgs;
	try {
		parsed = parseGenerateArgs(args);
	} catch (error) {
		console.error(`错误: ${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const t0 = performance.now();
	const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
	console.log(
		`生成合成数据 (演示用, 非真实数据): 范围 ${parsed.scope}, ${parsed.persons} 人, 种子 ${parsed.seed}, 格式 ${parsed.format} → ${parsed.out}`
	);
	try {
		const result = await generateProvince({
			...parsed,
			onProgress: (msg) => console.log(`[${elapsed()}] ${msg}`)
		});
		console.log(`完成: ${result.folders.length} 个快照目录, 用时 ${result.seconds.toFixed(1)} 秒`);
		for (const folder of result.folders) console.log(`  ${folder}`);
		return 0;
	} catch (error) {
		console.error(`错误: 生成失败: ${(error as Error).message}`);
		return 1;
	}
}
