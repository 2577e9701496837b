/** Region codes are prefixes of 统计用区划代码: 2, 4, 6, 9 or 12 digits (docs/spec/SNAPSHOT.md "Region codes"). */
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

const LEVELS: [number, RegionLevel][] = [
	[2, 'province'],
	[4, 'prefecture'],
	[6, 'county'],
	[9, 'township'],
	[12, 'village']
];

export const LEVEL_LABELS: Record<RegionLevel, string> = {
	province: '省',
	prefecture: '市(州)',
	county: '县(区)',
	township: '乡镇(街道)',
	village: '村(社区)'
};

export function isRegionCode(code: string): boolean {
	return /^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(code);
}

export function levelOf(code: string): RegionLevel {
	const level = LEVELS.find(([length]) => length === code.length);
	if (!level) throw new Error(`not a region code: ${code}`);
	return level[1];
}

/** Length of the codes one level down, or null for a village. */
export function childLength(code: string): number | null {
	const index = LEVELS.findIndex(([length]) => length === code.length);
	return index >= 0 && index < LEVELS.length - 1 ? LEVELS[index + 1][0] : null;
}

/** The codes from the province down to `code` itself: 520328101 → 52, 5203, 520328, 520328101. */
export function ancestry(code: string): string[] {
	return LEVELS.map(([length]) => length).filter((length) => length <= code.length).map((length) => code.slice(0, length));
}

export function parentOf(code: string): string | null {
	const chain = ancestry(code);
	return chain.length > 1 ? chain[chain.length - 2] : null;
}
