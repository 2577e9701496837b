// The users of the concurrency bench (bench/concurrency.ts): who they are and what each opens next.
import { PERMISSIONS, type Role } from '../../src/lib/shared/roles.ts';

export interface BenchRegions {
	province: string;
	prefectures: string[];
	counties: string[];
	townships: string[];
}

export interface UserPlan {
	username: string;
	role: Exclude<Role, 'admin'>;
	scope: string;
}

export interface Visit {
	name: string;
	url: string;
}

const ROLES: UserPlan['role'][] = ['leader', 'supervisor', 'planner', 'operator'];

/**
 * `count` users, the roles in turn; scopes spread as a province's staff would be: a few at the province,
 * most at prefectures and counties, some at townships.
 */
export function planUsers(count: number, regions: BenchRegions): UserPlan[] {
	const scopes = [regions.province, ...regions.prefectures, ...regions.counties, ...regions.townships];
	return Array.from({ length: count }, (_, i) => ({
		username: `bench-user-${i + 1}`,
		role: ROLES[i % ROLES.length],
		scope: i % 10 === 0 ? regions.province : scopes[(i * 7) % scopes.length]
	}));
}

/** Pages every role may open (server loads via __data.json, as a navigation fetches them). */
const PAGES = ['overview', 'rank', 'bulletin', 'hotspots', 'report', 'score', 'survey', 'changes', 'duplicates', 'quality'];
const PAGE_NAMES: Record<string, string> = {
	overview: '总览', rank: '排名', bulletin: '通报', hotspots: '应参未参', report: '情况表', score: '考核', survey: '入户调查',
	changes: '两期变化', duplicates: '重复参保', quality: '数据质量', groups: '扩面人群'
};

/** The next request of a user: a page of its role, a region of its scope, mostly the latest snapshot. */
export function pickVisit(user: UserPlan, regions: BenchRegions, snapshots: string[], random: () => number): Visit {
	const permissions = PERMISSIONS[user.role];
	const inScope = [regions.province, ...regions.prefectures, ...regions.counties, ...regions.townships].filter((r) => r.startsWith(user.scope));
	const region = inScope[Math.floor(random() * inScope.length)] ?? user.scope;
	const snapshot = random() < 0.6 ? snapshots[snapshots.length - 1] : snapshots[Math.floor(random() * snapshots.length)];
	const query = `region=${region}&snapshot=${snapshot}`;
	// a quarter of the requests of roles that see persons are a page of a person list
	if (permissions.persons !== 'none' && random() < 0.25) {
		const lists: Visit[] = [
			{ name: '名单 /duplicates/persons', url: `/duplicates/persons?${query}&page=1` },
			{ name: '名单 /quality/rows', url: `/quality/rows?${query}&rule=id_invalid&page=1` }
		];
		// the 入户调查 list is by township or village
		if (region.length >= 9) lists.push({ name: '名单 /survey/persons', url: `/survey/persons?${query}&page=1` });
		if (permissions.groups) lists.push({ name: '名单 /groups/persons', url: `/groups/persons?${query}&group=migrant&page=1` });
		return lists[Math.floor(random() * lists.length)];
	}
	const pages = permissions.groups ? [...PAGES, 'groups'] : PAGES;
	const page = pages[Math.floor(random() * pages.length)];
	return { name: `${PAGE_NAMES[page]} /${page}`, url: `/${page}/__data.json?${query}` };
}
