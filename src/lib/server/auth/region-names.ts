import { cachedQuery } from '../app/engine.ts';
import { regionInfo } from '../metrics/regions.ts';

/** Reference names of region codes (for showing users' scopes); empty when no database is loaded yet. */
export async function regionNames(codes: string[]): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	try {
		for (const code of new Set(codes)) {
			const info = await cachedQuery('region-info', { code }, '', (db) => regionInfo(db, code));
			if (info.name) names.set(code, info.name);
		}
	} catch {
		// no database yet: codes are shown without names
	}
	return names;
}
