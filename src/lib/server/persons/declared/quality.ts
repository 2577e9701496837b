import { requireRegion } from '../../auth/access.ts';
import { viewContext } from '../../app/page-context.ts';
import { snapshotsNow } from '../../app/engine.ts';
import { offendingPage } from '../../views/quality/offending.ts';
import { readRule } from '../../views/quality/quality-view.ts';
import { codeNames } from '../code-names.ts';
import { listAccess, type OpenList } from '../person-list.ts';
import { QUALITY_PAGE_RULES } from '../../../shared/insurances.ts';

/** 数据质量 (/quality): the rows breaking one rule, with the reason, for the county to fix its records. */
export const qualityList: OpenList = async ({ locals, url }, mode) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = listAccess(locals.user, mode);
	const { user, region, asOf } = await viewContext(locals.user, url);
	const rule = readRule(url.searchParams.get('rule'));
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const names = await codeNames(db);
	const label = QUALITY_PAGE_RULES.find((r) => r.key === rule)?.label ?? rule;
	return {
		read: (limit, offset) => offendingPage(db, { region, asOf, rule, limit, offset }, names, access),
		user,
		page: '/quality',
		query: { region, snapshot: asOf, rule },
		export: { action: 'export-quality', title: `数据质量问题清单：${label}`, about: [`地区：${region}`, `快照：${asOf}`], fileName: `数据质量-${rule}-${region}-${asOf}` }
	};
};
