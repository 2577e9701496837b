/** Person lists page through results (no unbounded queries): 50 rows a page, pages numbered from 1. */
export const PAGE_SIZE = 50;
/**
 * An export reads the database in pages of EXPORT_PAGE rows and streams them out (person-list.ts): it
 * has no row limit; past Excel's 1,048,576 rows a sheet the rows go on in a further sheet.
 */
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
