import { requireRegion } from '../../auth/access.ts';
import { viewContext } from '../../app/page-context.ts';
import { reportOf } from '../../app/engine.ts';
import { answerInputErrors } from '../../app/http.ts';
import type { PublicUser } from '../../auth/users.ts';
import { quarterLabel, reportDueDate } from '../../../shared/report-layout.ts';
import { resolveComparison, type Comparison } from '../../../shared/comparison.ts';
import { reportChanges, type ReportChanges } from '../../../shared/report-changes.ts';

/**
 * 情况表 (41号 附件3) for the children of the region, with the logic checks and the due date; with `vs`
 * (上期 = `previous`, 同比 = `yoy`, or an earlier date: src/lib/shared/comparison.ts) also the changes since
 * that snapshot, row by row, as a second table (the official layout itself has no comparison columns).
 */
export async function reportPage(locals: { user: PublicUser | null }, url: URL) {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { region, asOf, snapshots } = await viewContext(locals.user, url);
	const report = await answerInputErrors(() => reportOf(region, asOf));
	const dates = snapshots.map((s) => s.as_of);
	const vs = url.searchParams.get('vs');
	let comparison: Comparison | null = null;
	let changes: ReportChanges | null = null;
	if (vs) {
		comparison = resolveComparison(dates, asOf, vs);
		if (comparison.vs) changes = reportChanges(report, await reportOf(region, comparison.vs), comparison);
	}
	return { report, quarter: quarterLabel(report.snapshot), due: reportDueDate(report.snapshot), comparison, changes };
}
