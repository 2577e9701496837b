import { resolve } from 'node:path';
import { loadSnapshots, type LoadSummary } from '../../lib/server/load/index.ts';
import { InputError } from '../../lib/server/errors.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';

/** `canbao load <snapshot-folder>… [--db FILE]`: a folder of snapshot folders loads them all at once. */
export async function runLoad(args: string[]): Promise<number> {
	const { values, positionals } = parseCommand(args, {});
	if (positionals.length === 0) throw new InputError('用法：canbao load <快照文件夹> [--db 数据库文件]');
	const db = databasePath(values.db);
	const summaries = await loadSnapshots(db, positionals.map((p) => resolve(p)), {
		onLoaded: values.json ? undefined : printSummary
	});
	if (values.json) printJson(summaries);
	else console.log(`已写入数据库 ${db}`);
	return 0;
}

function printSummary(s: LoadSummary): void {
	const rows = Object.entries(s.rows).map(([table, n]) => `${table} ${n.toLocaleString('en-US')} 行`).join('，');
	const quality = Object.entries(s.dataQuality).map(([rule, n]) => `${rule} ${n}`).join('，');
	console.log(`快照 ${s.asOf}（范围 ${s.scope}）：${rows}`);
	for (const [table, sheet] of Object.entries(s.sheets ?? {})) console.log(`  ${table}.xlsx 读取的工作表：“${sheet}”`);
	for (const [table, n] of Object.entries(s.blankRows ?? {})) console.log(`  ${table}：跳过空行 ${n} 行`);
	for (const note of s.notes ?? []) console.log(`  注意：${note}`);
	console.log(`  数据质量：${quality}`);
	console.log(`  用时 ${s.seconds.toFixed(1)} 秒`);
}
