import type { PageServerLoad } from './$types';
import { reportPage } from '$lib/server/views/report/report-page.ts';

/** 情况表: src/lib/server/views/report/report-page.ts. */
export const load: PageServerLoad = ({ locals, url }) => reportPage(locals, url);
