/**
 * What the benchmark times over HTTP: every page's server load (SvelteKit's __data.json for the page
 * runs the layout and page loads, as a navigation does) and every API endpoint. Person-list pages and
 * exports are listed with the parameters their pages use.
 */
export interface BenchEndpoint {
	name: string;
	url: (region: string, asOf: string) => string;
	/** signed in as 管理员 instead of the operator account */
	admin?: boolean;
	/** warm repeats (exports are slow by nature and repeated less) */
	repeats?: number;
}

const page = (name: string, path: string, extra = ''): BenchEndpoint => ({
	name,
	url: (region) => `${path}/__data.json?region=${region}${extra}`
});

export const BENCH_PAGES: BenchEndpoint[] = [
	page('总览 /overview', '/overview'),
	page('排名 /rank', '/rank'),
	page('通报 /bulletin', '/bulletin'),
	page('应参未参 /hotspots', '/hotspots'),
	page('扩面人群 /groups', '/groups'),
	page('重复参保 /duplicates', '/duplicates'),
	page('数据质量 /quality', '/quality'),
	page('情况表 /report', '/report'),
	// this round's pages (issues 16–18)
	page('考核 /score', '/score'),
	page('入户调查 /survey', '/survey'),
	page('两期变化 /changes', '/changes'),
	page('扩面任务 /batches', '/batches'),
	page('单位稽核 /employers', '/employers'),
	page('单位稽核 /employers 只看连续未改正', '/employers', '&repeat=1'),
	{ name: '快照管理 /snapshots', url: () => '/snapshots/__data.json', admin: true }
];

export const BENCH_ENDPOINTS: BenchEndpoint[] = [
	{ name: 'API /api/metrics', url: (region) => `/api/metrics?region=${region}` },
	{ name: 'API /api/report', url: (region) => `/api/report?region=${region}` },
	{ name: 'API /api/rank', url: (region) => `/api/rank?region=${region}&metric=pension.coverage` },
	// person lists (one page of 50) and exports, as the pages fetch them
	{ name: '名单 /groups/persons 农民工', url: (region) => `/groups/persons?region=${region}&group=migrant&page=1` },
	{ name: '名单 /duplicates/persons', url: (region) => `/duplicates/persons?region=${region}&page=1` },
	{ name: '名单 /quality/rows 身份号码无效', url: (region) => `/quality/rows?region=${region}&rule=id_invalid&page=1` },
	{ name: '导出 /rank/export', url: (region) => `/rank/export?region=${region}`, repeats: 3 },
	{ name: '导出 /report/export', url: (region) => `/report/export?region=${region}`, repeats: 3 },
	{ name: '导出 /groups/export 农民工', url: (region) => `/groups/export?region=${region}&group=migrant`, repeats: 3 },
	{ name: '导出 /employers/export', url: (region) => `/employers/export?region=${region}`, repeats: 3 },
	{ name: '导出 /quality/export 身份号码无效', url: (region) => `/quality/export?region=${region}&rule=id_invalid`, repeats: 3 }
];
