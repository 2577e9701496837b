import { INSURANCES, type InsuranceKey } from './insurances.ts';

/**
 * View state lives in the URL so every view is a shareable link: region, snapshot, insurance and
 * (per page) sort/metric. Pages read it with `readViewState` and build links with `viewHref`.
 */
export interface ViewState {
	region: string | null;
	snapshot: string | null;
	insurance: InsuranceKey;
}

export function readViewState(params: URLSearchParams): ViewState {
	const insurance = params.get('insurance');
	return {
		region: params.get('region'),
		snapshot: params.get('snapshot'),
		insurance: INSURANCES.some((i) => i.key === insurance) ? (insurance as InsuranceKey) : 'pension'
	};
}

/** `path` with the current query string changed by `changes` (null removes a key). */
export function viewHref(path: string, current: URLSearchParams, changes: Record<string, string | null | undefined> = {}): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null || value === undefined || value === '') next.delete(key);
		else next.set(key, value);
	}
	const query = next.toString();
	return query ? `${path}?${query}` : path;
}
