/** Person lists page through results (no unbounded queries): 50 rows a page, pages numbered from 1. */
export const PAGE_SIZE = 50;
/** An Excel export reads at most this many rows (in pages of EXPORT_PAGE), and says so when it stops. */
export const EXPORT_LIMIT = 100_000;
export const EXPORT_PAGE = 10_000;

export function pageOf(value: string | null): number {
	const page = Number(value ?? '1');
	return Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1;
}

/** LIMIT/OFFSET of a page; one extra row is read to know whether another page follows. */
export function pageWindow(page: number, size = PAGE_SIZE): { limit: number; offset: number } {
	return { limit: size + 1, offset: (page - 1) * size };
}

export function splitPage<T>(rows: T[], size = PAGE_SIZE): { rows: T[]; hasMore: boolean } {
	return { rows: rows.slice(0, size), hasMore: rows.length > size };
}
