import type { Database } from '../db/database.ts';
import { regionWithChildren } from '../metrics/regions.ts';
import { DUPLICATE_SPANS } from '../../shared/insurances.ts';
import type { DuplicateKind } from '../persons/lists.ts';

/** METRICS.md "Duplicates" figures of one insurance, per child region and per snapshot (agg_duplicate only). */
export interface DuplicateFigures {
	enrolled: number;
	benefit: number;
	pairs: Record<string, number>;
	span: Record<string, number>;
}

const empty = (): DuplicateFigures => ({ enrolled: 0, benefit: 0, pairs: {}, span: Object.fromEntries(DUPLICATE_SPANS.map((s) => [s, 0])) });

function add(f: DuplicateFigures, r: { kind: string; key: string; n: number }): void {
	if (r.kind === 'enrolled') f.enrolled = r.n;
	else if (r.kind === 'benefit') f.benefit = r.n;
	else if (r.kind === 'pair') f.pairs[r.key] = r.n;
	else if (r.kind === 'span') f.span[r.key] = r.n;
}

export async function duplicateChildren(db: Database, region: string, asOf: string, digit: string) {
	const { children, childLength } = await regionWithChildren(db, region, asOf);
	if (childLength === null) return [];
	// one query over agg_duplicate (the engine's duplicate-counts.sql)
	const rows = await db.query<{ child: string; insurance: string; kind: string; key: string; n: number }>('metrics/duplicate-counts', {
		region,
		as_of: asOf,
		child_len: childLength
	});
	const byChild = new Map<string, DuplicateFigures>();
	for (const r of rows) {
		if (r.insurance !== digit) continue;
		let f = byChild.get(r.child);
		if (!f) byChild.set(r.child, (f = empty()));
		add(f, r);
	}
	return children.map((c) => ({ code: c.code, name: c.name, ...(byChild.get(c.code) ?? empty()) }));
}

/** Figures per snapshot up to `asOf` (a view as of a date never uses later data). */
export async function duplicateTrend(db: Database, region: string, asOf: string, digit: string, snapshots: string[]) {
	const rows = await db.query<{ as_of: string; kind: string; key: string; n: number }>('duplicates/trend', { region, as_of: asOf, insurance: digit });
	return snapshots
		.filter((s) => s <= asOf)
		.map((s) => {
			const f = empty();
			for (const r of rows.filter((x) => x.as_of === s)) add(f, r);
			return { asOf: s, ...f };
		});
}

/** The list's narrowing from the URL: kind and key checked (pairs are digits "11+12", spans from the fixed list). */
export function readDuplicateFilter(params: URLSearchParams): { kind: DuplicateKind; key: string } {
	const kind = params.get('kind');
	const key = params.get('key') ?? '';
	if (kind === 'benefit') return { kind, key: '' };
	if (kind === 'pair' && /^\d{2}\+\d{2}$/.test(key)) return { kind, key };
	if (kind === 'span' && (DUPLICATE_SPANS as readonly string[]).includes(key)) return { kind, key };
	return { kind: 'enrolled', key: '' };
}
