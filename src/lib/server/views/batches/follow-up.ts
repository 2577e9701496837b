import type { Database } from '../../db/database.ts';
import type { BatchId } from './batch-store.ts';
import type { FollowRow, FollowSnapshot } from '../../../shared/changes.ts';

const CLASS_KEYS = { 3: 'insured', 2: 'uninsured', 1: 'excluded', 0: 'other' } as const;

export function emptyFollow(key: string, name: string | null): FollowRow {
	return { key, name, sent: 0, insured: 0, uninsured: 0, excluded: 0, other: 0, absent: 0, rate: null };
}

/** 完成率 = insured / (sent − excluded): excluded ids (参军、出国、不需参加) need no enrolment. */
export function withRate(row: FollowRow): FollowRow {
	const base = row.sent - row.excluded;
	return { ...row, rate: base > 0 ? row.insured / base : null };
}

/** The class of every id of `ids` in snapshot `asOf` (queries/changes/batch-classes.sql); absent ids are missing. */
export async function classesIn(db: Database, ids: BatchId[], asOf: string, digit: string): Promise<Map<string, number>> {
	const found = new Map<string, number>();
	if (ids.length === 0) return found;
	const rows = await db.query<{ id: string; k: number | null }>('changes/batch-classes', { as_of: asOf, insurance: digit, ids: ids.map((r) => r.id).join(',') });
	for (const r of rows) if (r.k !== null) found.set(r.id, Number(r.k));
	return found;
}

/**
 * docs/spec/METRICS.md "A dispatched list is followed the same way": for one later snapshot, per receiving region
 * (or per 单位 when `keyOf` says so), how many of the ids are insured, uninsured, excluded, other or
 * absent there, and 完成率.
 */
export function tally(ids: BatchId[], classes: Map<string, number>, keyOf: (r: BatchId) => string, nameOf: (key: string) => string | null, asOf: string): FollowSnapshot {
	const rows = new Map<string, FollowRow>();
	const total = emptyFollow('total', '合计');
	for (const r of ids) {
		const key = keyOf(r);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = emptyFollow(key, nameOf(key))));
		const k = classes.get(r.id);
		const field = k === undefined ? 'absent' : CLASS_KEYS[k as keyof typeof CLASS_KEYS];
		for (const target of [row, total]) {
			target.sent++;
			target[field]++;
		}
	}
	return { as_of: asOf, rows: [...rows.values()].map(withRate), total: withRate(total) };
}

/** Whether an id is still open in a snapshot: neither insured nor excluded there. */
export function isOpen(classes: Map<string, number>, id: string): boolean {
	const k = classes.get(id);
	return k !== 3 && k !== 1;
}
