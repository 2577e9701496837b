import type { Database } from '../db/database.ts';
import { InputError } from '../errors.ts';
import { childLength, isRegionCode, levelOf, type RegionLevel } from '../../shared/region-code.ts';
import type { RegionInfo } from '../../shared/view-rows.ts';
export type { RegionInfo };


export function assertRegionCode(code: unknown): string {
	if (typeof code !== 'string' || !isRegionCode(code)) {
		throw new InputError(`行政区划代码“${String(code ?? '')}”无效：应为 2、4、6、9 或 12 位数字（如 52、5203、520328）`);
	}
	return code;
}

/** The region and its reference children (docs/spec/METRICS.md: data codes without a reference name are never children; they count in the 本级 row). */
export async function regionWithChildren(
	db: Database,
	code: string,
	_asOf?: string
): Promise<{ region: RegionInfo; children: RegionInfo[]; childLength: number | null }> {
	const length = childLength(code);
	const named = await db.query<{ code: string; name: string }>('metrics/region-names', { region: code, child_len: length ?? 0 });
	const region = { code, name: named.find((r) => r.code === code)?.name ?? null, level: levelOf(code) };
	if (length === null) return { region, children: [], childLength: null };
	const children = named.filter((r) => r.code !== code).map((r) => ({ code: r.code, name: r.name, level: levelOf(r.code) }));
	return { region, children, childLength: length };
}

/** One region's name and level (name null when the reference table has no such code). */
export async function regionInfo(db: Database, code: string): Promise<RegionInfo> {
	const named = await db.query<{ code: string; name: string }>('metrics/region-names', { region: code, child_len: 0 });
	return { code, name: named.find((r) => r.code === code)?.name ?? null, level: levelOf(code) };
}

/** The region and its ancestors, province first (breadcrumb 省 › 市 › 县 › 乡镇 › 村). */
export async function regionTrail(db: Database, code: string): Promise<RegionInfo[]> {
	const named = await db.query<{ code: string; name: string }>('metrics/region-trail', { region: code });
	const names = new Map(named.map((r) => [r.code, r.name]));
	return [2, 4, 6, 9, 12]
		.filter((length) => length <= code.length)
		.map((length) => code.slice(0, length))
		.map((c) => ({ code: c, name: names.get(c) ?? null, level: levelOf(c) }));
}
