import type { Database } from '../../db/database.ts';
import { regionWithChildren } from '../../metrics/regions.ts';
import { maskRow, withName, type Column, type PersonAccess } from '../../persons/present.ts';
import type { PersonPage } from '../../persons/lists.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { INSURANCES } from '../../../shared/insurances.ts';

/** 未参全 per reference child of `region` in snapshot `to`, the rest in 本级 (`own`), and the total. */
export interface IncompleteCounts {
	rows: { code: string; name: string; n: number }[];
	own: number;
	total: number;
}

export async function incompleteCounts(db: Database, region: string, to: string, digit: string): Promise<IncompleteCounts> {
	const { children, childLength } = await regionWithChildren(db, region, to);
	const named = children.filter((c) => c.name !== null);
	const counts = await db.query<{ child: string; n: number }>('changes/incomplete', { region, to, insurance: digit, child_len: childLength ?? 0 });
	const byChild = new Map(counts.map((r) => [r.child, Number(r.n)]));
	const rows = named.map((c) => ({ code: c.code, name: c.name as string, n: byChild.get(c.code) ?? 0 }));
	const total = counts.reduce((s, r) => s + Number(r.n), 0);
	return { rows, own: total - rows.reduce((s, r) => s + r.n, 0), total };
}

export const INCOMPLETE_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'id', label: '公民身份号码' },
	{ key: 'code', label: '所属地区' },
	{ key: 'status', label: '本险种参保状态' },
	{ key: 'insured_in', label: '已参加险种' },
	{ key: 'aae005', label: '联系电话' }
];

/** One page of the 未参全 persons (queries/changes/incomplete-persons.sql), masked per role. */
export async function incompletePersons(
	db: Database,
	q: { region: string; to: string; digit: string; ownOf: number | null; limit: number; offset: number },
	names: CodeNames,
	access: PersonAccess
): Promise<PersonPage> {
	const rows = await db.query<{ id: string; code: string; insured_bits: number; aac003: string | null; aae005: string | null; status: string | null }>(
		'changes/incomplete-persons',
		{ region: q.region, to: q.to, insurance: q.digit, own: q.ownOf === null ? 0 : 1, child_len: q.ownOf ?? 0, limit: q.limit, offset: q.offset }
	);
	return {
		columns: INCOMPLETE_COLUMNS,
		rows: rows.map((r) =>
			maskRow({
				aac003: r.aac003, id: r.id, code: r.code,
				status: (r.status ?? '').split('/').map((s) => withName(s, names.get('AIC003'))).join('；'),
				insured_in: INSURANCES.filter((_, k) => Number(r.insured_bits) & (1 << k)).map((i) => i.label).join('、'),
				aae005: r.aae005
			}, access)
		)
	};
}
