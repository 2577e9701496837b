import type { Database } from '../db/database.ts';
import { levelOf } from '../../shared/region-code.ts';
import { SEARCH_LIMIT, searchText, type RegionHit } from '../../shared/region-search.ts';

/**
 * Reference regions inside `scope` (the caller has checked it is the user's) whose name contains the
 * text: 九驿 → 九驿街道, with the names of its prefecture, county and township. Empty text finds nothing.
 */
export async function searchRegions(db: Database, scope: string, raw: string | null | undefined): Promise<RegionHit[]> {
	const text = searchText(raw);
	if (text === null) return [];
	const rows = await db.query<{ code: string; name: string }>('regions/search', { scope, text, limit: SEARCH_LIMIT });
	if (rows.length === 0) return [];
	const ancestors = (code: string) => [4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
	const wanted = [...new Set(rows.flatMap((r) => ancestors(r.code)))];
	const names = new Map(
		wanted.length ? (await db.query<{ code: string; name: string }>('regions/names', { codes: wanted.join(',') })).map((r) => [r.code, r.name]) : []
	);
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		level: levelOf(r.code),
		path: ancestors(r.code).map((c) => names.get(c) ?? c).join(' ')
	}));
}
