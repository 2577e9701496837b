import type { Permissions } from '../../shared/roles.ts';

/** The pages, grouped by what users do; each keeps region/snapshot/insurance when followed. */
export interface NavItem {
	path: string;
	label: string;
	allowed: (p: Permissions) => boolean;
}

export const NAV_ITEMS: NavItem[] = [
	{ path: '/overview', label: '总览', allowed: () => true },
	{ path: '/rank', label: '排名', allowed: (p) => p.rankings },
	{ path: '/bulletin', label: '通报', allowed: (p) => p.rankings },
	{ path: '/score', label: '考核', allowed: (p) => p.rankings },
	{ path: '/hotspots', label: '应参未参', allowed: () => true },
	{ path: '/employers', label: '单位稽核', allowed: () => true },
	{ path: '/groups', label: '扩面人群', allowed: (p) => p.groups },
	{ path: '/duplicates', label: '重复参保', allowed: () => true },
	{ path: '/changes', label: '两期变化', allowed: () => true },
	{ path: '/batches', label: '扩面任务', allowed: () => true },
	{ path: '/survey', label: '入户调查', allowed: () => true },
	{ path: '/person', label: '人员查询', allowed: (p) => p.persons === 'full' },
	{ path: '/quality', label: '数据质量', allowed: () => true },
	{ path: '/report', label: '情况表', allowed: () => true },
	{ path: '/snapshots', label: '快照管理', allowed: (p) => p.manageSnapshots },
	{ path: '/admin/users', label: '用户', allowed: (p) => p.manageUsers },
	{ path: '/admin/audit', label: '审计日志', allowed: (p) => p.manageUsers },
	{ path: '/admin/plan', label: '实施计划', allowed: (p) => p.manageUsers }
];

/** Query keys that carry over between pages. */
export const SHARED_KEYS = ['region', 'snapshot', 'insurance'];

export function carriedQuery(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const key of SHARED_KEYS) {
		const value = params.get(key);
		if (value) kept.set(key, value);
	}
	const query = kept.toString();
	return query ? `?${query}` : '';
}
