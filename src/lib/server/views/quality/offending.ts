import type { Database } from '../../db/database.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import type { PersonPage } from '../../persons/lists.ts';
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
	{ key: 'reason', label: '原因' }
];

const ENROLMENT_COLUMNS = [
	{ key: 'line_no', label: 'enrolments.csv 行号' },
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'code', label: '参保地区' },
	{ key: 'reason', label: '原因' }
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
						code: r.code as string,
						reason: `${r.enrolments} 条参保记录（${((r.schemes as string[] | null) ?? []).map((s) => withName(s, names.get('scheme'))).join('、')}）在人员基础信息中找不到对应人员`
					},
					access
				)
			)
		};
	}
	const rows = await db.query<OffendingRow & { line_no: number; code: string }>('quality/offending-rows', { ...params, rule: q.rule });
	return {
		columns: PERSON_COLUMNS,
		rows: rows.map((r) =>
			maskRow({ line_no: r.line_no, aac003: r.aac003 ?? '', aac002: r.aac002 ?? '', code: r.code, reason: reasonOf(q.rule, r, names, access) }, access)
		)
	};
}
