import type { Database } from '../../db/database.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { maskRow, withName, type Column, type ListRow, type PersonAccess } from '../../persons/present.ts';
import { INSURANCES } from '../../../shared/insurances.ts';

/**
 * One employer's staff for 稽核 (queries/hotspots/unit-staff.sql): the persons rows naming it inside the
 * viewer's region, with the status of every insurance, masked for the role (present.ts maskRow).
 */
export const UNIT_STAFF_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'aac004', label: '性别' },
	{ key: 'code', label: '行政区划' },
	...INSURANCES.map((i) => ({ key: i.column, label: i.label })),
	{ key: 'employment', label: '就业状态' },
	{ key: 'aae005', label: '联系电话' }
];

/** The status code tables of the insurances (docs/spec/codes: AIC003 … AMC003). */
const STATUS_FIELDS = Object.fromEntries(INSURANCES.map((i) => [i.column, i.column.toUpperCase()]));

export async function unitStaffPage(
	db: Database,
	q: { aab001: string; asOf: string; region: string; limit: number; offset: number },
	names: CodeNames,
	access: PersonAccess
): Promise<ListRow[]> {
	const rows = await db.query<Record<string, string | null>>('hotspots/unit-staff', { aab001: q.aab001, as_of: q.asOf, region: q.region, limit: q.limit, offset: q.offset });
	return rows.map((r) => {
		const row: ListRow = {
			aac003: r.aac003,
			aac002: r.aac002,
			aac004: withName(r.aac004, names.get('AAC004')),
			code: r.place ? `${r.code} ${r.place}` : r.code
		};
		for (const [column, field] of Object.entries(STATUS_FIELDS)) row[column] = withName(r[column], names.get(field));
		row.employment = withName(r.employment, names.get('employment'));
		row.aae005 = r.aae005;
		return maskRow(row, access);
	});
}
