/**
 * Query results cached by query + parameters + the stamp of the snapshots they read (as-of date and
 * load time). Loading a snapshot gives it a new stamp, so exactly the results that read it miss.
 */
const MAX_ENTRIES = 2_000;
const entries = new Map<string, Promise<unknown>>();

export function cached<T>(query: string, params: unknown, stamp: string, compute: () => Promise<T>): Promise<T> {
	const key = `${query}|${JSON.stringify(params)}|${stamp}`;
	const hit = entries.get(key);
	if (hit) {
		entries.delete(key); // refresh its place in the LRU order
		entries.set(key, hit);
		return hit as Promise<T>;
	}
	const value = compute();
	entries.set(key, value);
	value.catch(() => entries.delete(key));
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
	return value;
}

export function cacheSize(): number {
	return entries.size;
}
