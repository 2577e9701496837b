import { SHARED_KEYS } from './nav-items.ts';

/** Pages that show one region: a search answer opens the same page for the region found. */
const REGION_PAGES = ['/overview', '/rank', '/bulletin', '/hotspots', '/employers', '/groups', '/duplicates', '/quality', '/report'];

/**
 * Where choosing a region in the search leads: the page the user is on when it shows a region, else
 * 总览; the snapshot and insurance of the view are kept, the page's own keys (sort, level …) are not.
 */
export function searchTarget(pathname: string, current: URLSearchParams, region: string): string {
	const path = REGION_PAGES.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '/overview';
	const next = new URLSearchParams();
	for (const key of SHARED_KEYS) {
		const value = current.get(key);
		if (value && key !== 'region') next.set(key, value);
	}
	next.set('region', region);
	return `${path}?${next.toString()}`;
}

/** The next highlighted answer when an arrow key is pressed (wraps around; -1 = none). */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
	if (count === 0) return -1;
	if (key === 'ArrowDown') return active + 1 >= count ? 0 : active + 1;
	return active <= 0 ? count - 1 : active - 1;
}
