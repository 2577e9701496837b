import { describe, expect, it } from 'vitest';
import { matchRegions, stripSuffix } from './match-names.ts';

describe('stripSuffix', () => {
	it('drops the administrative suffix but keeps a name of one character whole', () => {
		expect(stripSuffix('湄潭县')).toBe('湄潭');
		expect(stripSuffix('贵阳市')).toBe('贵阳');
		expect(stripSuffix('六枝特区')).toBe('六枝');
		expect(stripSuffix('威宁彝族回族苗族自治县')).toBe('威宁彝族回族苗族');
		expect(stripSuffix('黔东南苗族侗族自治州')).toBe('黔东南苗族侗族');
		expect(stripSuffix('盘县')).toBe('盘县');
	});
});

describe('matchRegions', () => {
	const reference = [
		{ code: '520201', name: '钟山区' },
		{ code: '520203', name: '六枝特区' },
		{ code: '520204', name: '水城区' },
		{ code: '520281', name: '盘州市' }
	];
	it('matches renamed and recoded counties of the map files to the reference', () => {
		const features = [
			{ code: '520201', name: '钟山区' },
			{ code: '520203', name: '六枝特区' },
			{ code: '520222', name: '盘县' },
			{ code: '520221', name: '水城县' }
		];
		expect(matchRegions(features, reference).map((r) => r?.code)).toEqual(['520201', '520203', '520281', '520204']);
	});
	it('matches short prefecture names and leaves unknown features unmatched', () => {
		const prefectures = [
			{ code: '5201', name: '贵阳市' },
			{ code: '5226', name: '黔东南苗族侗族自治州' }
		];
		const features = [
			{ code: null, name: '黔东南苗族侗族自治州' },
			{ code: null, name: '贵阳' },
			{ code: null, name: '昆明' }
		];
		expect(matchRegions(features, prefectures).map((r) => r?.code ?? null)).toEqual(['5226', '5201', null]);
	});
});
