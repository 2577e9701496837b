import { describe, expect, it } from 'vitest';
import { leagueQueryFrom } from './league-query.ts';

const parse = (query: string) => leagueQueryFrom(new URLSearchParams(query), '5203');

describe('leagueQueryFrom', () => {
	it('reads the defaults: rank order, coverage, gap 0.5', () => {
		expect(parse('')).toMatchObject({ region: '5203', sort: 'rank', direction: 'asc', metric: null, gap: 0.5, insurance: 'pension' });
	});
	it('reads sort, direction, metric, level and gap', () => {
		expect(parse('sort=uninsured&metric=gap&level=township&gap=1&insurance=medical')).toMatchObject({
			sort: 'uninsured',
			direction: 'desc',
			metric: 'gap',
			level: 'township',
			gap: 1,
			insurance: 'medical'
		});
	});
	it('refuses anything outside the fixed lists with a Chinese message', () => {
		expect(() => parse('sort=name;drop')).toThrow(/排序列/);
		expect(() => parse('metric=persons')).toThrow(/排名指标/);
		expect(() => parse('dir=up')).toThrow(/排序方向/);
		expect(() => parse('gap=abc')).toThrow(/箭头阈值/);
	});
});
