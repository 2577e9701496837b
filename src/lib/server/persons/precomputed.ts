import type { Database } from '../db/database.ts';

/**
 * Person lists read precomputed tables (agg_duplicate_person, agg_unmatched) that loads made since they
 * were added; a database or snapshot loaded earlier has none, and its list is computed by a scan.
 */
const known = new WeakMap<Database, Map<string, boolean>>();

export async function hasPrecomputed(db: Database, table: 'agg_duplicate_person' | 'agg_unmatched', asOf: string, filled: 'agg_duplicate' | 'agg_person'): Promise<boolean> {
	let cache = known.get(db);
	if (!cache) known.set(db, (cache = new Map()));
	const key = `${table}|${asOf}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	const [{ ready }] = await db.query<{ ready: boolean }>('persons/precomputed', { table });
	let answer = ready;
	if (ready) {
		// the table exists: it was filled for this snapshot unless the snapshot predates it
		const [row] = await db.all<{ listed: number; counted: number }>(
			filled === 'agg_duplicate'
				? `SELECT (SELECT count(*) FROM agg_duplicate_person WHERE as_of = $as_of::DATE) AS listed,
					(SELECT coalesce(sum(n), 0) FROM agg_duplicate WHERE as_of = $as_of::DATE AND kind = 'enrolled') AS counted`
				: `SELECT (SELECT count(*) FROM agg_unmatched WHERE as_of = $as_of::DATE) AS listed,
					(SELECT coalesce(sum(enrolment_unmatched), 0) FROM agg_person WHERE as_of = $as_of::DATE) AS counted`,
			{ as_of: asOf }
		);
		answer = row.listed > 0 || row.counted === 0;
	}
	cache.set(key, answer);
	return answer;
}
