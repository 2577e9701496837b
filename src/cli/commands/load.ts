import { basename, resolve } from 'node:path';
import { loadSnapshots, LoadRefusal, type LoadSummary } from '../../lib/server/load/index.ts';
import { findSnapshotFolders, inspectSnapshotFolder } from '../../lib/server/load/snapshot-folder.ts';
import { checkWorkbook } from '../../lib/server/uploads/upload-files.ts';
import { InputError } from '../../lib/server/errors.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';

/**
 * `canbao load <snapshot-folder>… [--db FILE] [--confirm-shrink]`: a folder of snapshot folders loads
 * them all at once. Replacing a loaded as-of date with fewer than half its persons is refused unless
 * `--confirm-shrink` is given (src/lib/server/load/shrink-guard.ts).
 */
export async function runLoad(args: string[]): Promise<number> {
	const { values, positionals } = parseCommand(args, { 'confirm-shrink': { type: 'boolean' } });
	if (positionals.length === 0) throw new InputError('用法：canbao load <快照文件夹> [--db 数据库文件] [--confirm-shrink]');
	const db = databasePath(values.db);
	await checkWorkbooks(positionals.map((p) => resolve(p)));
	const summaries = await loadSnapshots(db, positionals.map((p) => resolve(p)), {
		onLoaded: values.json ? undefined : printSummary,
		confirmShrink: values['confirm-shrink'] === true
	});
	if (values.json) printJson(summaries);
	else console.log(`已写入数据库 ${db}`);
	return 0;
}

/**
 * Every .xlsx table of the folders is checked before the loader opens it (exceljs keeps a workbook's
 * shared strings in memory): entries, unpacked sizes, expansion ratio, shared strings, CRC
 * (uploads/upload-files.ts `checkWorkbook`, limits of uploads/upload-limits.ts).
 */
async function checkWorkbooks(paths: string[]): Promise<void> {
	for (const path of paths) {
		for (const dir of findSnapshotFolders(path)) {
			for (const file of Object.values(inspectSnapshotFolder(dir).files)) {
				if (file?.format !== 'xlsx') continue;
				try {
					await checkWorkbook(file.path, `${basename(dir)}/${basename(file.path)}`);
				} catch (error) {
					if (error instanceof InputError) throw new LoadRefusal(error.message, file.path);
					throw error;
				}
			}
		}
	}
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
