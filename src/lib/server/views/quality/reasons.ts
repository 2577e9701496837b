import { INSURANCES } from '../../../shared/insurances.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { seesFullPerson, type PersonAccess } from '../../../shared/masking.ts';

/**
 * Why a persons row breaks a docs/spec/METRICS.md data-quality rule, in words a county operator can act on. The
 * texts never repeat a full 公民身份号码. For full access they may name its birth-date part or check
 * character; for masked access (masking.ts) they name nothing the mask hides: no dates from the id or
 * from AAC006, no check character (issue 14, finding 1: those rebuilt whole numbers with the mask).
 */
export type OffendingRow = {
	aac003: string | null;
	aac004: string | null;
	aac002: string | null;
	aac006: string | null;
	aac012: string | null;
	aac009: string | null;
	aac010: string | null;
	aae006: string | null;
	aab301: string | null;
	aic003: string | null;
	akc003: string | null;
	alc003: string | null;
	ajc003: string | null;
	amc003: string | null;
	hj_local: string | null;
	reg_status: string | null;
	employment: string | null;
	id: string | null;
	id_kind: string | null;
	id_rows: number;
	active_any: string[];
	active_scope: string[];
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643 check character of the first 17 digits. */
export function checkChar(first17: string): string {
	const sum = WEIGHTS.reduce((total, w, i) => total + w * (first17.charCodeAt(i) - 48), 0);
	return '10X98765432'[sum % 11];
}

function isCalendarDate(yyyymmdd: string): boolean {
	if (!/^\d{8}$/.test(yyyymmdd)) return false;
	const d = new Date(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replaceAll('-', '') === yyyymmdd;
}

function dashed(yyyymmdd: string): string {
	return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** docs/spec/METRICS.md id_invalid: what exactly is wrong with a non-blank number. */
export function idInvalidReason(raw: string, access: PersonAccess): string {
	const full = seesFullPerson(access);
	const u = raw.replace(/^[ \t\r\n\u3000\u00a0]+|[ \t\r\n\u3000\u00a0]+$/g, '').toUpperCase(); // what clean() trims, no more
	if (u.length !== 18 && u.length !== 15) return `公民身份号码为 ${u.length} 位，应为 18 位（或 15 位旧号码）`;
	if (u.length === 18) {
		if (!/^\d{17}[\dX]$/.test(u)) return '公民身份号码含有非数字字符（仅末位可为 X）';
		if (!isCalendarDate(u.slice(6, 14))) return full ? `公民身份号码中的出生日期 ${u.slice(6, 14)} 不是有效日期` : '公民身份号码中的出生日期不是有效日期';
		return full ? `公民身份号码校验位错误：应为 ${checkChar(u)}，实为 ${u[17]}` : '公民身份号码校验位错误（末位与前 17 位不符）';
	}
	if (!/^\d{15}$/.test(u)) return '15 位公民身份号码含有非数字字符';
	return full ? `15 位公民身份号码中的出生日期 19${u.slice(6, 12)} 不是有效日期` : '15 位公民身份号码中的出生日期不是有效日期';
}

/**
 * The 数据质量 page's 出生日期无法识别 (queries/load/persons.sql dq_birth_unreadable): a non-blank AAC006 that
 * none of the accepted forms reads. Full access sees the value as written (first 20 characters); masked
 * access sees no part of it (it may hold most of a birth date).
 */
export function birthUnreadableReason(aac006: string, access: PersonAccess): string {
	const forms = 'YYYYMMDD、YYYY-MM-DD、YYYY/M/D、YYYY.MM.DD';
	if (!seesFullPerson(access)) return `出生日期无法识别：出生日期(AAC006) 不是 ${forms} 形式的有效日期（原值已脱敏，由经办人员核对）`;
	const shown = aac006.length > 20 ? `${aac006.slice(0, 20)}…` : aac006;
	return `出生日期无法识别：出生日期(AAC006) 填为“${shown}”，不是 ${forms} 形式的有效日期`;
}

export const REQUIRED_FIELDS: [keyof OffendingRow, string][] = [
	['aac003', '姓名(AAC003)'],
	['aac004', '性别(AAC004)'],
	['aac002', '公民身份号码(AAC002)'],
	['aac006', '出生日期(AAC006)'],
	['aac010', '户口所在地(AAC010)'],
	['aae006', '常住地址(AAE006)'],
	['aab301', '行政区划代码(AAB301)'],
	['aic003', '养老保险参保状态(AIC003)'],
	['akc003', '医疗保险参保状态(AKC003)'],
	['alc003', '工伤保险参保状态(ALC003)'],
	['ajc003', '失业保险参保状态(AJC003)'],
	['amc003', '生育保险参保状态(AMC003)'],
	['hj_local', '是否本地户籍(hj_local)'],
	['reg_status', '登记入库方式(reg_status)']
];

/** Coded fields and the code table each is checked against (queries/load/persons.sql dq_invalid_code). */
const CODED_FIELDS: [keyof OffendingRow, string, string][] = [
	['aac004', 'AAC004', '性别'],
	['aac012', 'AAC012', '个人身份'],
	['aac009', 'AAC009', '户口性质'],
	['aic003', 'AIC003', '养老保险参保状态'],
	['akc003', 'AKC003', '医疗保险参保状态'],
	['alc003', 'ALC003', '工伤保险参保状态'],
	['ajc003', 'AJC003', '失业保险参保状态'],
	['amc003', 'AMC003', '生育保险参保状态'],
	['reg_status', 'reg_status', '登记入库方式'],
	['employment', 'employment', '就业状态']
];

const SEX = { '1': '男', '2': '女' } as const;

function statusOf(row: OffendingRow, column: string): string | null {
	return row[column as keyof OffendingRow] as string | null;
}

/** The reason text for `rule` (a docs/spec/METRICS.md data-quality key) of one offending persons row, as `access` may read it. */
export function reasonOf(rule: string, row: OffendingRow, names: CodeNames, access: PersonAccess): string {
	switch (rule) {
		case 'id_invalid':
			return row.aac002 ? idInvalidReason(row.aac002, access) : '公民身份号码无效';
		case 'id_legacy15':
			return '15 位旧公民身份号码：已按规则换算为 18 位参与比对，请更新为 18 位号码';
		case 'id_birth_mismatch': {
			if (!seesFullPerson(access)) return '出生日期(AAC006) 与公民身份号码中的出生日期不一致（日期已脱敏，由经办人员核对）';
			const fromId = row.id?.slice(6, 14) ?? '';
			const written = (row.aac006 ?? '').replaceAll('-', '');
			return `出生日期(AAC006) ${dashed(written)} 与公民身份号码中的 ${dashed(fromId)} 不一致`;
		}
		case 'id_gender_mismatch': {
			const digit = Number(row.id?.[16] ?? 0);
			const fromId = digit % 2 === 1 ? '男' : '女';
			return `性别(AAC004) 填为 ${row.aac004}（${SEX[row.aac004 as '1' | '2'] ?? '?'}），公民身份号码第 17 位为${digit % 2 === 1 ? '奇数' : '偶数'}（${fromId}）`;
		}
		case 'id_duplicate':
			return `公民身份号码与其他 ${Math.max(row.id_rows - 1, 1)} 行人员记录重复（同一人只应登记一次）`;
		case 'missing_required': {
			const missing = REQUIRED_FIELDS.filter(([key]) => row[key] === null || row[key] === '').map(([, label]) => label);
			return `必填项缺失：${missing.join('、')}`;
		}
		case 'invalid_code': {
			const wrong = CODED_FIELDS.filter(([key, field]) => {
				const v = row[key] as string | null;
				return v !== null && !names.get(field)?.has(v);
			}).map(([key, , label]) => `${label} “${row[key]}”`);
			if (row.hj_local !== null && row.hj_local !== '0' && row.hj_local !== '1') wrong.push(`是否本地户籍 “${row.hj_local}”（应为 0 或 1）`);
			return `代码值不在代码表中：${wrong.join('、')}`;
		}
		case 'reg_inconsistent':
			return `非本地户籍(hj_local=0) 的登记入库方式不应为 ${row.reg_status}（${names.get('reg_status')?.get(row.reg_status ?? '') ?? ''}）`;
		case 'status_conflict': {
			const parts: string[] = [];
			for (const ins of INSURANCES) {
				const status = statusOf(row, ins.column);
				if (status === null) continue;
				if ((ins.enrolled as readonly string[]).includes(status) && !row.active_any.includes(ins.digit)) {
					parts.push(`${ins.label}状态为 ${status}（已参保），但无有效参保记录`);
				} else if (['91', '92', '94'].includes(status) && row.active_scope.includes(ins.digit)) {
					parts.push(`${ins.label}状态为 ${status}（应参未参），但本地有有效参保记录`);
				}
			}
			return parts.join('；') || '参保状态与参保记录矛盾';
		}
		case 'birth_unreadable':
			return birthUnreadableReason(row.aac006 ?? '', access);
		default:
			return '';
	}
}
