import type { Database } from '../../db/database.ts';
import { InputError } from '../../errors.ts';
import { maskRow, withName, type Column, type PersonAccess } from '../../persons/present.ts';
import type { PersonPage } from '../../persons/lists.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { CHANGE_CLASSES, type ChangeClass } from '../../../shared/changes.ts';

/** The class numbers of agg_id_class (queries/aggregate/id-summary.sql); absent −1, any −2. */
const CLASS_NUMBER: Record<ChangeClass | '*', number> = { insured: 3, uninsured: 2, excluded: 1, other: 0, absent: -1, '*': -2 };

export const CHANGE_PERSON_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'id', label: '公民身份号码' },
	{ key: 'code', label: '所属地区' },
	{ key: 'status_a', label: '上期参保状态' },
	{ key: 'status_b', label: '本期参保状态' },
	{ key: 'aae005', label: '联系电话' }
];

/** A matrix cell as the URL names it: `cell=uninsured>insured`, `*` for any class (left = `*>absent`). */
export function readCell(value: string | null): { a: ChangeClass | '*'; b: ChangeClass | '*' } | null {
	if (!value) return null;
	const [a, b, extra] = value.split('>');
	const ok = (c: string | undefined): c is ChangeClass | '*' => c === '*' || (CHANGE_CLASSES as readonly string[]).includes(c ?? '');
	if (extra !== undefined || !ok(a) || !ok(b) || (a === 'absent' && b === 'absent')) throw new InputError(`变化类别“${value.slice(0, 40)}”无效`);
	return { a, b };
}

export interface ChangePersonsQuery {
	region: string;
	from: string;
	to: string;
	digit: string;
	cell: { a: ChangeClass | '*'; b: ChangeClass | '*' };
	/** the 本级 row of `region`: ids reaching no reference child of this length */
	ownOf: number | null;
	limit: number;
	offset: number;
}

/** The persons of one cell of the changes matrix (queries/changes/persons.sql), masked per role. */
export async function changePersons(db: Database, q: ChangePersonsQuery, names: CodeNames, access: PersonAccess): Promise<PersonPage> {
	const rows = await db.query<Record<string, string | null>>('changes/persons', {
		region: q.region,
		from: q.from,
		to: q.to,
		insurance: q.digit,
		class_a: CLASS_NUMBER[q.cell.a],
		class_b: CLASS_NUMBER[q.cell.b],
		own: q.ownOf === null ? 0 : 1,
		child_len: q.ownOf ?? 0,
		limit: q.limit,
		offset: q.offset
	});
	const status = (s: string | null) => (s ? s.split('/').map((c) => withName(c, names.get('AIC003'))).join('；') : '（不在库）');
	return {
		columns: CHANGE_PERSON_COLUMNS,
		rows: rows.map((r) => maskRow({ aac003: r.aac003, id: r.id, code: r.code, status_a: status(r.status_a), status_b: status(r.status_b), aae005: r.aae005 }, access))
	};
}
