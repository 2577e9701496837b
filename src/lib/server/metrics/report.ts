import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { regionChildMetrics } from './children.ts';
import type { Metrics } from './derive.ts';
import { assertRegionCode, type RegionInfo } from './regions.ts';
import { resolveSnapshot } from './snapshots.ts';
import { reportChecks, type ReportCheck } from './report-checks.ts';
import { REPORT_COLUMNS } from '../../shared/metric-catalogue.ts';
import type { ReportColumns, ReportRow, ReportResult, ReportView } from '../../shared/view-rows.ts';
export type { ReportColumns, ReportRow, ReportResult, ReportView };

export { REPORT_COLUMNS };





/** The docs/spec/INTERFACE.md object alone, as the CLI and the JSON API print it. */
export function reportJson(view: ReportView): ReportResult {
	const { noData: _, ownHasData: __, ...json } = view;
	return json;
}

export function reportColumns(metrics: Metrics): ReportColumns {
	return Object.fromEntries(Object.entries(REPORT_COLUMNS).map(([n, key]) => [n, metrics[key] as number | null]));
}

/** docs/spec/INTERFACE.md `canbao report --json`: the 情况表 for the reference children of a region, the 本级 row, the total row and the logic checks. */
export async function buildReport(db: Database, regionCode: string, asOf: string | undefined, plan: Plan): Promise<ReportView> {
	const code = assertRegionCode(regionCode);
	const { current } = await resolveSnapshot(db, asOf);
	const parts = await regionChildMetrics(db, code, current.as_of, plan);
	const rows = parts.children.map((child) => ({ code: child.code, name: child.name, columns: reportColumns(child.metrics) }));
	const own = { columns: reportColumns(parts.own.metrics) };
	const total = { columns: reportColumns(parts.total) };
	const noData = parts.children.filter((c) => !c.hasData).map((c) => c.code);
	return {
		snapshot: current.as_of,
		region: parts.region,
		rows,
		own,
		total,
		checks: reportChecks(rows, own.columns, total.columns),
		noData,
		ownHasData: parts.own.hasData
	};
}
