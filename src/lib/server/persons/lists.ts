import type { Database } from '../db/database.ts';
import { FILTER_DIMENSIONS, type DimensionKey } from '../views/groups/dimensions.ts';
import type { CodeNames } from './code-names.ts';
import { maskRow, withName, type Column, type ListRow, type PersonAccess } from './present.ts';
import { DUPLICATE_SPANS } from '../../shared/insurances.ts';

/** Lists of persons for authorised users: one page of a filter over persons/enrolments, masked per role. */
export interface PersonPage {
	columns: Column[];
	rows: ListRow[];
}

/** What a surveyor needs at the door (issue 16 item 3), beside every person list's own columns. */
export const HOME_VISIT_COLUMNS: Column[] = [
	{ key: 'aab402', label: '家庭编号' },
	{ key: 'aae006', label: '常住地址' },
	{ key: 'aac010', label: '户口所在地' },
	{ key: 'aae005', label: '联系电话' },
	{ key: 'aab001', label: '单位编号' },
	{ key: 'unit_name', label: '单位名称' }
];

/** "520521004 九驿街道": a region code with its reference name beside it, the code alone when it has none. */
export function codeWithPlace(code: string | null, place: string | null | undefined): string {
	if (!code) return '';
	return place ? `${code} ${place}` : code;
}

export const GROUP_MEMBER_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'aac004', label: '性别' },
	{ key: 'age_band', label: '年龄段' },
	{ key: 'aab402', label: '家庭编号' },
	{ key: 'code', label: '行政区划' },
	{ key: 'aae006', label: '常住地址' },
	{ key: 'aac010', label: '户口所在地' },
	{ key: 'status', label: '参保状态' },
	{ key: 'employment', label: '就业状态' },
	{ key: 'aac012', label: '个人身份' },
	{ key: 'aac009', label: '户口性质' },
	{ key: 'aab001', label: '单位编号' },
	{ key: 'unit_name', label: '单位名称' },
	{ key: 'aae005', label: '联系电话' }
];

export interface GroupMemberQuery {
	region: string;
	asOf: string;
	insurance: string;
	group: string;
	filters: Partial<Record<DimensionKey, string>>;
	/** > 0: only the 本级 rows of the region (codes reaching no reference child of this length) */
	ownLength?: number;
	limit: number;
	offset: number;
}

/** 应参未参 persons of a preset / cut (queries/persons/group-members.sql). */
export async function groupMembers(db: Database, q: GroupMemberQuery, names: CodeNames, access: PersonAccess): Promise<PersonPage> {
	const params: Record<string, string | number> = {
		region: q.region,
		as_of: q.asOf,
		insurance: q.insurance,
		group: q.group,
		own_len: q.ownLength ?? 0,
		limit: q.limit,
		offset: q.offset
	};
	for (const key of FILTER_DIMENSIONS) params[key] = q.filters[key] ?? '';
	const rows = await db.query<Record<string, string | null>>('persons/group-members', params);
	return {
		columns: GROUP_MEMBER_COLUMNS,
		rows: rows.map((r) =>
			maskRow(
				{
					aac003: r.aac003,
					aac002: r.aac002,
					aac004: withName(r.aac004, names.get('AAC004')),
					age_band: r.age_band,
					aab402: r.aab402,
					code: codeWithPlace(r.code, r.place),
					aae006: r.aae006,
					aac010: r.aac010,
					status: withName(r.status, names.get('AIC003')),
					employment: withName(r.employment, names.get('employment')),
					aac012: withName(r.aac012, names.get('AAC012')),
					aac009: withName(r.aac009, names.get('AAC009')),
					aab001: r.aab001,
					unit_name: r.unit_name,
					aae005: r.aae005
				},
				access
			)
		)
	};
}

export const DUPLICATE_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'id', label: '公民身份号码' },
	{ key: 'code', label: '所属地区' },
	{ key: 'enrolments', label: '有效参保记录' },
	{ key: 'schemes', label: '参保方案' },
	{ key: 'pairs', label: '方案组合' },
	{ key: 'span', label: '跨度' },
	{ key: 'places', label: '参保地' },
	{ key: 'benefit_rows', label: '享受待遇记录' },
	// for home visits (issue 16), as GROUP_MEMBER_COLUMNS
	...HOME_VISIT_COLUMNS,
	{ key: 'note', label: '说明' }
];

export const SPAN_LABELS: Record<(typeof DUPLICATE_SPANS)[number], string> = {
	same_county: '同县',
	cross_county: '跨县',
	cross_prefecture: '跨市',
	cross_province: '跨省'
};

export type DuplicateKind = 'enrolled' | 'benefit' | 'pair' | 'span';

export interface DuplicateQuery {
	region: string;
	asOf: string;
	insurance: string;
	kind: DuplicateKind;
	key: string;
	limit: number;
	offset: number;
}

/** Persons with duplicate enrolments, for cleanup (queries/duplicates/persons.sql). */
export async function duplicatePersons(db: Database, q: DuplicateQuery, names: CodeNames, access: PersonAccess): Promise<PersonPage> {
	const rows = await db.query<Record<string, unknown>>('duplicates/persons', {
		region: q.region,
		as_of: q.asOf,
		insurance: q.insurance,
		kind: q.kind,
		key: q.key,
		limit: q.limit,
		offset: q.offset
	});
	const schemeName = (s: string) => withName(s, names.get('scheme'));
	return {
		columns: DUPLICATE_COLUMNS,
		rows: rows.map((r) =>
			maskRow(
				{
					aac003: (r.aac003 as string | null) ?? '',
					id: r.id as string,
					code: codeWithPlace(r.code as string, r.place as string | null),
					enrolments: r.enrolments as number,
					schemes: (r.schemes as string[]).map(schemeName).join('；'),
					pairs: (r.pairs as string[]).join('、'),
					span: SPAN_LABELS[r.span as keyof typeof SPAN_LABELS] ?? String(r.span),
					places: (r.places as string[] | null ?? []).join('、'),
					benefit_rows: r.benefit_rows as number,
					aab402: (r.aab402 as string | null) ?? '',
					aae006: (r.aae006 as string | null) ?? '',
					aac010: (r.aac010 as string | null) ?? '',
					aae005: (r.phone as string | null) ?? '',
					aab001: (r.aab001 as string | null) ?? '',
					unit_name: (r.unit_name as string | null) ?? '',
					note: r.has_person ? '' : '人员基础信息中无此人（按参保记录地区归属）'
				},
				access
			)
		)
	};
}
