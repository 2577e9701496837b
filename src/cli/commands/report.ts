import { buildReport, reportJson } from '../../lib/server/metrics/report.ts';
import { writeReportXlsx } from '../../lib/server/views/report/report-xlsx.ts';
import { loadPlan } from '../../lib/server/plan/plan.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

/** `canbao report --region CODE [--snapshot DATE] [--db FILE] [--json | --xlsx FILE]` */
export async function runReport(args: string[]): Promise<number> {
	const { values } = parseCommand(args, {
		region: { type: 'string' },
		snapshot: { type: 'string' },
		xlsx: { type: 'string' }
	});
	const region = requireRegion(values.region);
	const report = await withDatabase(databasePath(values.db), (db) =>
		buildReport(db, region, values.snapshot as string | undefined, loadPlan())
	);
	if (typeof values.xlsx === 'string') {
		await writeReportXlsx(report, values.xlsx);
		console.log(`情况表已写入 ${values.xlsx}`);
	} else if (values.json) printJson(reportJson(report));
	else {
		console.log(`全民参保登记基础数据情况表：${report.region.name ?? report.region.code}，快照 ${report.snapshot}`);
		for (const row of [...report.rows, { code: 'own', name: `${report.region.name ?? report.region.code}本级`, columns: report.own.columns }, { code: 'total', name: '合计', columns: report.total.columns }]) {
			const cells = Object.values(row.columns).map((v) => (v === null ? '—' : String(v)));
			console.log(`  ${row.code}\t${row.name ?? '乡镇未明'}\t${cells.join('\t')}`);
		}
		for (const check of report.checks.filter((c) => !c.ok)) console.log(`  ✗ ${check.rule} [${check.row}] ${check.detail}`);
	}
	return 0;
}
