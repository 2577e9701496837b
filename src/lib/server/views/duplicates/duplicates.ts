import type { Database } from '../../db/database.ts';
import { ownLabel, regionParts } from '../../metrics/children.ts';
import type { RegionCounts } from '../../metrics/counts.ts';
import { DUPLICATE_SPANS } from '../../../shared/insurances.ts';
import type { DuplicateKind } from '../../persons/lists.ts';

/** docs/spec/METRICS.md "Duplicates" figures of one insurance, per child region and per snapshot (agg_duplicate only). */
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

/** The reference children's duplicate figures of one insurance, and the 本级 row (null when nothing lies there). */
export async function duplicateChildren(db: Database, region: string, asOf: string, digit: string) {
	const parts = await regionParts(db, region, asOf);
	const figures = (counts: RegionCounts): DuplicateFigures => {
		const d = counts.duplicates[digit];
		const f = empty();
		if (d) Object.assign(f, { enrolled: d.enrolled, benefit: d.benefit, pairs: { ...d.pairs }, span: { ...f.span, ...d.span } });
		return f;
	};
	if (parts.length === null) return { rows: [], own: null };
	const own = figures(parts.own.counts);
	return {
		rows: parts.children.map((c) => ({ code: c.code, name: c.name, ...figures(c.counts) })),
		own: own.enrolled > 0 || own.benefit > 0 ? { code: region, name: ownLabel(parts.region), ...own } : null
	};
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
