import { requireRegion } from '../../auth/access.ts';
import { viewContext } from '../../app/page-context.ts';
import { snapshotsNow } from '../../app/engine.ts';
import { readDuplicateFilter } from '../../views/duplicates/duplicates.ts';
import { duplicatePersons } from '../lists.ts';
import { codeNames } from '../code-names.ts';
import { listAccess, type OpenList } from '../person-list.ts';

/** 重复参保 (/duplicates): the persons with duplicate enrolments of one kind / pair / span, for cleanup. */
export const duplicatesList: OpenList = async ({ locals, url }, mode) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	const access = listAccess(locals.user, mode);
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const filter = readDuplicateFilter(url.searchParams);
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	const names = await codeNames(db);
	return {
		read: (limit, offset) => duplicatePersons(db, { region, asOf, insurance: insurance.digit, ...filter, limit, offset }, names, access),
		user,
		page: '/duplicates',
		query: { region, snapshot: asOf, insurance: insurance.key, ...filter },
		export: {
			action: 'export-duplicates',
			title: `重复参保人员名单（${insurance.label}）`,
			about: [`地区：${region}`, `快照：${asOf}`, `范围：${filter.kind}${filter.key ? ` ${filter.key}` : ''}`],
			fileName: `重复参保名单-${region}-${asOf}`
		}
	};
};
