/**
 * Query results cached by query + parameters + the stamp of the snapshots they read (as-of date and
 * load time). Loading a snapshot gives it a new stamp, so exactly the results that read it miss.
 * Identical concurrent queries share one computation (the pending promise is the entry). Bounded by
 * entries and by bytes (the JSON size of each settled result; CANBAO_CACHE_MB, default 256), least
 * recently used first out.
 */
const MAX_ENTRIES = 2_000;
const maxBytes = () => Number(process.env.CANBAO_CACHE_MB ?? 256) * 1024 * 1024;

interface Entry {
	value: Promise<unknown>;
	/** JSON size once settled; 0 while pending */
	bytes: number;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;

function drop(key: string): void {
	const entry = entries.get(key);
	if (!entry) return;
	totalBytes -= entry.bytes;
	entries.delete(key);
}

function evict(): void {
	const limit = maxBytes();
	for (const key of entries.keys()) {
		if (entries.size <= MAX_ENTRIES && totalBytes <= limit) break;
		drop(key);
	}
}

function sizeOf(value: unknown): number {
	try {
		return (JSON.stringify(value) ?? '').length * 2; // UTF-16 in memory, a fair upper estimate
	} catch {
		return 0;
	}
}

export function cached<T>(query: string, params: unknown, stamp: string, compute: () => Promise<T>): Promise<T> {
	const key = `${query}|${JSON.stringify(params)}|${stamp}`;
	const hit = entries.get(key);
	if (hit) {
		entries.delete(key); // refresh its place in the LRU order
		entries.set(key, hit);
		return hit.value as Promise<T>;
	}
	const value = compute();
	const entry: Entry = { value, bytes: 0 };
	entries.set(key, entry);
	value.then(
		(result) => {
			if (entries.get(key) !== entry) return;
			entry.bytes = sizeOf(result);
			totalBytes += entry.bytes;
			evict();
		},
		() => {
			if (entries.get(key) === entry) drop(key);
		}
	);
	evict();
	return value;
}

export function cacheSize(): number {
	return entries.size;
}

export function cacheBytes(): number {
	return totalBytes;
}
