import type { RegionLevel } from './region-code.ts';

/** One answer of the region search (GET /api/regions?q=): a reference region inside the user's scope. */
export interface RegionHit {
	code: string;
	name: string;
	level: RegionLevel;
	/** the names of its prefecture, county and township, when it lies below them */
	path: string;
}

export const SEARCH_LIMIT = 20;

/** The text searched for: trimmed, at most 20 characters; null when there is nothing to search. */
export function searchText(raw: string | null | undefined): string | null {
	const text = (raw ?? '').replace(/\s+/g, '').slice(0, 20);
	return text === '' ? null : text;
}
