import type { Database } from '../db/database.ts';
import type { Plan } from '../plan/plan.ts';
import { emptyCounts, fetchCounts } from './counts.ts';
import { deriveMetrics, type Metrics } from './derive.ts';
import { assertRegionCode, regionWithChildren, type RegionInfo } from './regions.ts';
import { resolveSnapshot } from './snapshots.ts';
import { reportChecks, type ReportCheck } from './report-checks.ts';
import { childLength } from '../../shared/region-code.ts';

/** 情况表 column number → the METRICS.md figure it shows (41号 附件3). */
export const REPORT_COLUMNS: Record<string, string> = {
	'1': 'huji_population',
	'2': 'obtained',
	'3': 'direct',
	'4': 'direct_nonlocal',
	'5': 'confirmed_in_province',
	'6': 'confirmed_out_province',
	'7': 'to_verify',
	'8': 'verified',
	'9': 'pension.uninsured',
	'10': 'pension.duplicate_enrolled',
	'11': 'pension.duplicate_benefit',
	'12': 'medical.uninsured',
	'13': 'medical.duplicate_enrolled',
	'14': 'medical.duplicate_benefit',
	'15': 'injury.uninsured',
	'16': 'unemployment.uninsured',
	'17': 'maternity.uninsured'
};

export type ReportColumns = Record<string, number | null>;

export interface ReportRow {
	code: string;
	name: string | null;
	columns: ReportColumns;
}

export interface ReportResult {
	snapshot: string;
	region: RegionInfo;
	rows: ReportRow[];
	total: { columns: ReportColumns };
	checks: ReportCheck[];
}

/** The report plus what pages need beside it: which rows have no data at all (shown as 无数据). */
export interface ReportView extends ReportResult {
	noData: string[];
}

/** The INTERFACE.md object alone, as the CLI and the JSON API print it. */
export function reportJson(view: ReportView): ReportResult {
	const { noData: _, ...json } = view;
	return json;
}

export function reportColumns(metrics: Metrics): ReportColumns {
	return Object.fromEntries(Object.entries(REPORT_COLUMNS).map(([n, key]) => [n, metrics[key] as number | null]));
}

/** INTERFACE.md `canbao report --json`: the 情况表 for the children of a region, the total row and the logic checks. */
export async function buildReport(db: Database, regionCode: string, asOf: string | undefined, plan: Plan): Promise<ReportView> {
	const code = assertRegionCode(regionCode);
	const { current } = await resolveSnapshot(db, asOf);
	// the child length follows from the code: the counts need not wait for the list of children
	const length = childLength(code);
	const [{ region, children }, byChild, own] = await Promise.all([
		regionWithChildren(db, code, current.as_of),
		length === null ? Promise.resolve(new Map()) : fetchCounts(db, code, current.as_of, length),
		fetchCounts(db, code, current.as_of, code.length)
	]);
	const rows = children.map((child) => ({
		code: child.code,
		name: child.name,
		columns: reportColumns(deriveMetrics(byChild.get(child.code) ?? emptyCounts(), plan))
	}));
	const total = { columns: reportColumns(deriveMetrics(own.get(code) ?? emptyCounts(), plan)) };
	const noData = children.filter((c) => !byChild.has(c.code)).map((c) => c.code);
	return { snapshot: current.as_of, region, rows, total, checks: reportChecks(rows, total.columns), noData };
}
