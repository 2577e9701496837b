import type { ReportColumns, ReportResult, ReportRow } from './view-rows.ts';
import type { Comparison } from './comparison.ts';

/**
 * 情况表 compared with an earlier snapshot (issue 18 item 5): the same rows and 17 columns, each cell the
 * change now − then. The official table (41号 附件3) stays as it is; the changes are a second table below
 * it, shown only when the user picks a comparison (`vs`). A row that has no counterpart then (or a cell
 * without data on either side) is null, shown as —. Differences are linear, so where every row has its
 * counterpart, rows + 本级 = 合计 holds for the changes as for the figures.
 */
export interface ReportChanges {
	/** the snapshot compared with */
	vs: string;
	/** "较上期（2016年三季度）", "同比（较2015年四季度）" */
	label: string;
	rows: ReportRow[];
	own: { columns: ReportColumns };
	total: { columns: ReportColumns };
}

export function columnChanges(now: ReportColumns, then: ReportColumns | undefined): ReportColumns {
	const out: ReportColumns = {};
	for (const [key, value] of Object.entries(now)) {
		const before = then?.[key];
		out[key] = value === null || before === null || before === undefined ? null : value - before;
	}
	return out;
}

export function reportChanges(now: ReportResult, then: ReportResult, comparison: Comparison): ReportChanges {
	const before = new Map(then.rows.map((r) => [r.code, r.columns]));
	return {
		vs: then.snapshot,
		label: comparison.label,
		rows: now.rows.map((r) => ({ code: r.code, name: r.name, columns: columnChanges(r.columns, before.get(r.code)) })),
		own: { columns: columnChanges(now.own.columns, then.own.columns) },
		total: { columns: columnChanges(now.total.columns, then.total.columns) }
	};
}
