import type { PageServerLoad } from './$types';
import { requireRegion } from '$lib/server/auth/access.ts';
import { viewContext } from '$lib/server/app/page-context.ts';
import { reportOf } from '$lib/server/app/engine.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { quarterLabel, reportDueDate } from '$lib/shared/report-layout.ts';

/** 情况表 (41号 附件3) for the children of the region, with the logic checks and the due date. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const { region, asOf } = await viewContext(locals.user, url);
	const report = await answerInputErrors(() => reportOf(region, asOf));
	return { report, quarter: quarterLabel(report.snapshot), due: reportDueDate(report.snapshot) };
};
