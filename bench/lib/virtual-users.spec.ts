import { describe, expect, it } from 'vitest';
import { pickVisit, planUsers } from './virtual-users.ts';

const regions = { province: '52', prefectures: ['5201', '5203'], counties: ['520102', '520103'], townships: ['520102001'] };
const sequence = (values: number[]) => {
	let i = 0;
	return () => values[i++ % values.length];
};

describe('concurrency bench users', () => {
	it('plans every role and spreads scopes over the levels, a tenth at the province', () => {
		const users = planUsers(20, regions);
		expect(users.map((u) => u.role).slice(0, 4)).toEqual(['leader', 'supervisor', 'planner', 'operator']);
		expect(users.filter((u) => u.scope === '52').length).toBeGreaterThanOrEqual(2);
		expect(new Set(users.map((u) => u.scope)).size).toBeGreaterThan(3);
		expect(new Set(users.map((u) => u.username)).size).toBe(20);
	});

	it('visits only regions inside the scope, and only lists the role may open', () => {
		const leader = { username: 'a', role: 'leader' as const, scope: '5201' };
		for (let k = 0; k < 50; k++) {
			const v = pickVisit(leader, regions, ['2017-09-30', '2017-12-31'], sequence([k / 50, 0.1, 0.3, (k * 7) % 50 / 50]));
			const region = new URL(v.url, 'http://x').searchParams.get('region')!;
			expect(region.startsWith('5201')).toBe(true);
			expect(v.url).not.toMatch(/persons|rows/); // 领导 sees no persons
			expect(v.url).not.toMatch(/^\/groups/); // nor the expansion groups
		}
		const operator = { username: 'b', role: 'operator' as const, scope: '520102' };
		// random 0.1 < 0.25: a person list; the last pick of the lists (0.99) is 扩面人群's
		const list = pickVisit(operator, regions, ['2017-12-31'], sequence([0, 0.5, 0.1, 0.99]));
		expect(list.url).toBe('/groups/persons?region=520102&snapshot=2017-12-31&group=migrant&page=1');
	});
});
