import type { Database } from '../../db/database.ts';
import { InputError } from '../../errors.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { withName, type Column, type ListRow } from '../../persons/present.ts';
import { maskPerson, type PersonAccess } from '../../../shared/masking.ts';
import { EMPLOYMENT_LABELS, shortStatus } from '../../../shared/survey-form.ts';

/**
 * The persons to visit in a township or village (reg_status 31), one page in pack order (village,
 * household, line), as the survey page lists them: addresses, household and phone for the visit,
 * masked (names, ids, phones, addresses, household numbers) for roles without full person access.
 */
export const TO_VISIT_COLUMNS: Column[] = [
	{ key: 'aab402', label: '家庭编号' },
	{ key: 'aac003', label: '姓名' },
	{ key: 'aac002', label: '公民身份号码' },
	{ key: 'aac004', label: '性别' },
	{ key: 'place', label: '所在村（社区）' },
	{ key: 'aae006', label: '常住地址' },
	{ key: 'aac010', label: '户口所在地' },
	{ key: 'aae005', label: '联系电话' },
	{ key: 'employment', label: '就业状态' },
	{ key: 'unit', label: '工作单位' },
	{ key: 'pension', label: '养老' },
	{ key: 'medical', label: '医疗' }
];

export async function toVisitPage(
	db: Database,
	q: { region: string; asOf: string; limit: number; offset: number },
	villages: Map<string, string>,
	names: CodeNames,
	access: PersonAccess
): Promise<ListRow[]> {
	if (q.region.length !== 9 && q.region.length !== 12) throw new InputError('入户调查名单按乡镇（街道）或村（社区）列出，请先选择乡镇或村');
	const rows = await db.query<Record<string, string | null>>('survey/pack-persons', {
		region: q.region,
		as_of: q.asOf,
		child_len: q.region.length === 9 ? 12 : 0,
		children: q.region.length === 9 ? [...villages.keys()].filter((c) => c.length === 12).join(',') : '',
		limit: q.limit,
		offset: q.offset
	});
	return rows.map((r) => {
		const code = r.code ?? '';
		const row: ListRow = {
			aab402: r.aab402,
			aac003: r.aac003,
			aac002: r.aac002,
			aac004: names.get('AAC004')?.get(r.aac004 ?? '') ?? r.aac004 ?? '',
			place: villages.get(code) ? `${villages.get(code)}（${code}）` : code,
			aae006: r.aae006,
			aac010: r.aac010,
			aae005: r.aae005,
			employment: EMPLOYMENT_LABELS[r.employment ?? ''] ?? withName(r.employment, names.get('employment')),
			unit: r.employment === '1' ? (r.aab004 ?? r.aab001 ?? '') : '',
			pension: shortStatus(r.aic003),
			medical: shortStatus(r.akc003)
		};
		const shown = access === 'full' ? row : maskPerson(row, 'masked');
		return { ...shown, aab402: shown.aab402 ?? '（单独一户）' };
	});
}
