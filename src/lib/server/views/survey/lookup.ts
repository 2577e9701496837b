import type { Database } from '../../db/database.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { withName } from '../../persons/present.ts';
import { regionInfo } from '../../metrics/regions.ts';
import { checkChar, reasonOf, type OffendingRow } from '../quality/reasons.ts';
import { DATA_QUALITY_RULES, INSURANCES } from '../../../shared/insurances.ts';
import type { PersonRecord, PersonLookup } from '../../../shared/person-lookup.ts';

/**
 * Look-up of one person by 公民身份号码 (44号 第十三条: the window shows what is missing or wrong for a
 * person to verify): every snapshot's record inside the user's scope, its statuses, enrolments and
 * data-quality reasons. The number is matched as docs/spec/METRICS.md "Identity" normalises it.
 */
export function normaliseId(raw: string): string {
	const u = raw.trim().toUpperCase();
	if (/^\d{15}$/.test(u)) {
		const first17 = `${u.slice(0, 6)}19${u.slice(6, 15)}`;
		const birth = first17.slice(6, 14);
		const d = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
		if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replaceAll('-', '') === birth) return first17 + checkChar(first17);
	}
	return u;
}

const DQ_RULES = DATA_QUALITY_RULES.filter((r) => r.key !== 'enrolment_unmatched');

export async function lookupPerson(db: Database, rawId: string, scope: string, names: CodeNames): Promise<PersonLookup> {
	const id = normaliseId(rawId);
	const [rows, enrolments] = await Promise.all([
		db.query<Record<string, unknown>>('survey/person-records', { id, scope }),
		db.query<Record<string, unknown>>('survey/person-enrolments', { id })
	]);
	if (rows.length === 0) return { found: false, records: [], enrolments: [] };
	const codes = [...new Set(rows.map((r) => String(r.code)))];
	const places = new Map((await Promise.all(codes.map((c) => regionInfo(db, c)))).map((info) => [info.code, info.name]));
	const name = (field: string, code: unknown) => withName(code as string | null, names.get(field));
	const records: PersonRecord[] = rows.map((r) => ({
		snapshot: String(r.as_of),
		code: String(r.code),
		place: places.get(String(r.code)) ?? null,
		name: (r.aac003 as string | null) ?? '',
		id: (r.aac002 as string | null) ?? '',
		sex: name('AAC004', r.aac004),
		birth: (r.aac006 as string | null) ?? '',
		hukou: (r.aac010 as string | null) ?? '',
		address: (r.aae006 as string | null) ?? '',
		phone: (r.aae005 as string | null) ?? '',
		household: (r.aab402 as string | null) ?? '',
		regStatus: name('reg_status', r.reg_status),
		employment: name('employment', r.employment),
		statuses: INSURANCES.map((i) => ({ label: i.label, value: name(i.column.toUpperCase(), r[i.column]) })),
		surveyor: (r.aae011 as string | null) ?? '',
		reviewer: (r.aae014 as string | null) ?? '',
		reasons: DQ_RULES.filter((rule) => r[`dq_${rule.key}`] === true).map((rule) => `${rule.label}：${reasonOf(rule.key, r as unknown as OffendingRow, names, 'full')}`)
	}));
	return {
		found: true,
		records,
		enrolments: enrolments.map((e) => ({
			snapshot: String(e.as_of),
			scheme: name('scheme', e.scheme),
			place: String(e.aab301 ?? ''),
			status: name('enrolment_status', e.status),
			unit: String(e.aab001 ?? ''),
			start: String(e.start_date ?? ''),
			active: e.active === true
		}))
	};
}
