import { InputError } from '../lib/server/errors.ts';
import { LoadRefusal } from '../lib/server/load/refusal.ts';

const USAGE = `用法：canbao <命令> [选项]
  load <快照文件夹> [--db 文件] [--confirm-shrink]  导入快照（文件夹内为多个快照时全部导入；替换已导入日期且人数不足原来一半时需 --confirm-shrink）
  snapshots [--db 文件] --json                      已导入的快照
  metrics --region 代码 [--snapshot 日期] --json    某地区的全部指标
  report --region 代码 [--snapshot 日期] [--json | --xlsx 文件]   情况表
  rank --region 代码 [--metric 指标] [--snapshot 日期] [--vs yoy|日期] --json    下级地区排名（--vs：名次变化对比的快照，默认上期）
  score --region 代码 [--snapshot 日期] --json      下级地区考核得分（综合得分、名次、各项指标）
  changes --region 代码 --from 日期 --to 日期 [--insurance 险种] --json   两期快照之间的变化
  survey --region 代码 [--snapshot 日期] [--json | --xlsx 文件]   入户调查名单（--xlsx：入户调查包）
  generate --out 文件夹 [--persons N] [--seed S] [--scope 代码] [--format csv|parquet]   生成演示数据`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
	load: async () => (await import('./commands/load.ts')).runLoad,
	snapshots: async () => (await import('./commands/snapshots.ts')).runSnapshots,
	metrics: async () => (await import('./commands/metrics.ts')).runMetrics,
	report: async () => (await import('./commands/report.ts')).runReport,
	rank: async () => (await import('./commands/rank.ts')).runRank,
	score: async () => (await import('./commands/score.ts')).runScore,
	changes: async () => (await import('./commands/changes.ts')).runChanges,
	survey: async () => (await import('./commands/survey.ts')).runSurvey,
	generate: async () => (await import('./commands/generate.ts')).runGenerate,
	user: async () => (await import('./commands/user.ts')).runUser,
	'demo-accounts': async () => (await import('./commands/demo-accounts.ts')).runDemoAccounts
};

/** Runs one `canbao` command and returns the exit code: 0 done, 1 refused or failed, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
	// files and folders this process creates (database, data/, uploads, logs) are the owner's only: 0600/0700
	process.umask(0o077);
	const [name, ...args] = argv;
	const command = name ? COMMANDS[name] : undefined;
	if (!command) {
		console.error(name && name !== '--help' ? `未知命令：${name}\n${USAGE}` : USAGE);
		return name && name !== '--help' ? 2 : 0;
	}
	try {
		return await (await command())(args);
	} catch (error) {
		if (error instanceof LoadRefusal) {
			console.error(`导入被拒绝：${error.message}\n数据库未作任何改动。`);
			return 1;
		}
		if (error instanceof InputError) {
			console.error(error.message);
			return 2;
		}
		// anything else (issue 14, finding 4: a stack trace, then a process that never exited): one Chinese
		// line and exit 1; the engine's own text follows only with CANBAO_DEBUG=1
		console.error(`命令 ${name} 执行失败：${describeFailure(error)}。数据库未作任何改动。`);
		if (process.env.CANBAO_DEBUG === '1') console.error(error);
		return 1;
	}
}

/** What went wrong, in words for the operator (never a stack trace or a server path). */
export function describeFailure(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	if (/not a valid DuckDB database file/i.test(text)) return '数据库文件不是有效的 DuckDB 数据库';
	if (/Could not set lock on file|Conflicting lock/i.test(text)) return '数据库文件正被另一个程序写入，请稍后再试';
	if (/out of memory|Out of Memory/i.test(text)) return '内存不足';
	if (error instanceof RangeError) return '计算结果超出范围';
	return '内部错误（设置 CANBAO_DEBUG=1 可查看详细信息）';
}
