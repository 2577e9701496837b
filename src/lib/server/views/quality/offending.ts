import type { Database } from '../../db/database.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { codeWithPlace, HOME_VISIT_COLUMNS, type PersonPage } from '../../persons/lists.ts';
import { maskRow, withName, type PersonAccess } from '../../persons/present.ts';
import { QUALITY_PAGE_RULES } from '../../../shared/insurances.ts';
import { reasonOf, type OffendingRow } from './reasons.ts';

/** A rule of the 数据质量 page: docs/spec/METRICS.md's and the page's own (PAGE_ONLY_QUALITY_RULES). */
export type RuleKey = (typeof QUALITY_PAGE_RULES)[number]['key'];

export function isRule(value: unknown): value is RuleKey {
	return typeof value === 'string' && QUALITY_PAGE_RULES.some((r) => r.key === value);
}

const PERSON_COLUMNS = [
	{ key: 'line_no', label: 'persons.csv 行号' },
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'code', label: '行政区划' },
	{ key: 'reason', label: '原因' },
	// for home visits (issue 16), as GROUP_MEMBER_COLUMNS
	...HOME_VISIT_COLUMNS
];

const ENROLMENT_COLUMNS = [
	{ key: 'line_no', label: 'enrolments.csv 行号' },
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'code', label: '参保地区' },
	{ key: 'reason', label: '原因' },
	// no persons row: no address, 户口所在地, household or phone; the unit of the first enrolment
	{ key: 'aab001', label: '单位编号' },
	{ key: 'unit_name', label: '单位名称' }
];

export interface OffendingQuery {
	region: string;
	asOf: string;
	rule: RuleKey;
	limit: number;
	offset: number;
}

/** One page of the rows breaking `rule` in the region, with the reason, masked for the role. */
export async function offendingPage(db: Database, q: OffendingQuery, names: CodeNames, access: PersonAccess): Promise<PersonPage> {
	const params = { region: q.region, as_of: q.asOf, limit: q.limit, offset: q.offset };
	if (q.rule === 'enrolment_unmatched') {
		const rows = await db.query<Record<string, unknown>>('quality/unmatched-enrolments', params);
		return {
			columns: ENROLMENT_COLUMNS,
			rows: rows.map((r) =>
				maskRow(
					{
						line_no: r.line_no as number,
						aac003: (r.aac003 as string | null) ?? '',
						aac002: (r.aac002 as string | null) ?? '',
						code: codeWithPlace(r.code as string, r.place as string | null),
						reason: `${r.enrolments} 条参保记录（${((r.schemes as string[] | null) ?? []).map((s) => withName(s, names.get('scheme'))).join('、')}）在人员基础信息中找不到对应人员`
					},
					access
				)
			)
		};
	}
	type Row = OffendingRow & { line_no: number; code: string; aae005: string | null; aab402: string | null; aab001: string | null; unit_name: string | null; place: string | null };
	const rows = await db.query<Row>('quality/offending-rows', { ...params, rule: q.rule });
	return {
		columns: PERSON_COLUMNS,
		rows: rows.map((r) =>
			maskRow(
				{
					line_no: r.line_no,
					aac003: r.aac003 ?? '',
					aac002: r.aac002 ?? '',
					code: codeWithPlace(r.code, r.place),
					reason: reasonOf(q.rule, r, names, access),
					aab402: r.aab402 ?? '',
					aae006: r.aae006 ?? '',
					aac010: r.aac010 ?? '',
					aae005: r.aae005 ?? '',
					aab001: r.aab001 ?? '',
					unit_name: r.unit_name ?? ''
				},
				access
			)
		)
	};
}
