import { requirePermission, requireRegion } from '../../auth/access.ts';
import { viewContext } from '../../app/page-context.ts';
import { snapshotsNow } from '../../app/engine.ts';
import { readGroupView } from '../../views/groups/group-query.ts';
import { describeGroupView, groupMemberPage } from '../../views/groups/group-members.ts';
import { listAccess, type OpenList } from '../person-list.ts';

/** 扩面人群 (/groups): the 应参未参 persons of an explorer view (preset, filters, 本级). */
export const groupsList: OpenList = async ({ locals, url }, mode) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'groups');
	const access = listAccess(locals.user, mode);
	const { user, region, asOf, insurance } = await viewContext(locals.user, url);
	const view = readGroupView(url.searchParams, region);
	const { db } = await snapshotsNow(); // 503 while no snapshot is loaded
	return {
		read: (limit, offset) => groupMemberPage(db, { region, asOf, insurance: insurance.digit, view, limit, offset }, access),
		user,
		page: '/groups',
		query: { region, snapshot: asOf, insurance: insurance.key, group: view.group, ...view.filters },
		export: {
			action: 'export-groups',
			title: '扩面重点人群名单（应参未参）',
			about: [...describeGroupView(region, asOf, insurance.label, view), access === 'full' ? '明文导出，请妥善保管' : '身份号码、姓名、电话已脱敏'],
			fileName: `扩面人群名单-${region}-${asOf}`
		}
	};
};
