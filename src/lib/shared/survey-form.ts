/**
 * The 入户调查 pack (44号 附件1 全民参保登记表, 附件2 个人基础信息汇总表): what a person's prefilled form
 * ticks, from the registry's codes (41号 附件2; docs/spec/SNAPSHOT.md). The browser's print view and the Excel
 * pack both draw from these, so the two never disagree.
 */
export interface PackPerson {
	code: string;
	aac003: string | null;
	aac004: string | null;
	aac002: string | null;
	aac006: string | null;
	aac009: string | null;
	aac010: string | null;
	aae006: string | null;
	aab401: string | null;
	aab402: string | null;
	aae005: string | null;
	aic003: string | null;
	akc003: string | null;
	alc003: string | null;
	ajc003: string | null;
	amc003: string | null;
	employment: string | null;
	aab001: string | null;
	aab004: string | null;
	household: string | null;
}

export interface PackHousehold {
	/** trimmed 家庭编号; null: a blank key, a household of its own */
	key: string | null;
	persons: PackPerson[];
}

export interface PackSection {
	/** the village, or the township itself for its 本级 section */
	code: string;
	name: string | null;
	/** a township's 本级 section: rows at the township's own code or a village without a reference name */
	own: boolean;
	/** 省 市 县 镇 村 names (blank where unknown) */
	regionLine: string[];
	households: PackHousehold[];
}

export interface SurveyPack {
	snapshot: string;
	region: { code: string; name: string | null; level: string };
	trail: { code: string; name: string | null; level: string }[];
	sections: PackSection[];
	persons: number;
	households: number;
}

export interface Box {
	label: string;
	ticked: boolean;
	/** for reasons and 异地参保: the insurances with that status (养老、医疗) */
	note?: string;
}

/** 就业状态: 1 is 已单位就业 (with the unit's name); 2–6 are the boxes under 无单位. */
export const EMPLOYMENT_LABELS: Record<string, string> = {
	'1': '已单位就业',
	'2': '灵活就业',
	'3': '未就业',
	'4': '学龄前',
	'5': '在校学生',
	'6': '离退休或已领取养老待遇'
};

const PENSION: [string[], string][] = [
	[['11'], '城镇职工基本养老保险'],
	[['12'], '城乡居民基本养老保险'],
	[['13'], '机关事业养老保险'],
	[['14'], '被征地农民养老保障'],
	[['15'], '其他养老保障（单建制度）']
];
const MEDICAL: [string[], string][] = [
	[['21'], '职工基本医疗保险'],
	[['22', '27'], '城镇居民（含城乡统筹）基本医疗保险'],
	[['23'], '新型农村合作医疗'],
	[['24'], '公费医疗'],
	[['25'], '农民工其他形式医疗保险'],
	[['26'], '其他医疗保障（单建制度）']
];
/** The form's order: 失业, 工伤, 生育. */
const SINGLE: [keyof PackPerson, string, string][] = [
	['ajc003', '40', '失业保险'],
	['alc003', '30', '工伤保险'],
	['amc003', '50', '生育保险']
];
/** 未参保原因 (附件1) plus 中断 (94, 41号 附件2), added as 第十七条 allows ("适当增补"). */
const REASONS: [string, string][] = [
	['91', '个人未参保'],
	['92', '单位未予参保'],
	['93', '参军、出国、判刑等原因未参保'],
	['94', '中断缴费']
];
const ELSEWHERE: [string, string][] = [
	['81', '省内异地参保'],
	['82', '省外异地参保']
];
const STATUS_COLUMNS: [keyof PackPerson, string][] = [
	['aic003', '养老'],
	['akc003', '医疗'],
	['alc003', '工伤'],
	['ajc003', '失业'],
	['amc003', '生育']
];

export interface RegistrationForm {
	employment: Box[];
	unitName: string;
	pension: Box[];
	medical: Box[];
	single: Box[];
	reasons: Box[];
	elsewhere: Box[];
}

/** What one person's 全民参保登记表 ticks and fills in. */
export function registrationForm(p: PackPerson): RegistrationForm {
	const withCode = (code: string) => STATUS_COLUMNS.filter(([c]) => p[c] === code).map(([, label]) => label);
	const byCodes = (codes: [string, string][]) =>
		codes.map(([code, label]) => {
			const insurances = withCode(code);
			return { label, ticked: insurances.length > 0, note: insurances.join('、') };
		});
	return {
		employment: Object.entries(EMPLOYMENT_LABELS).map(([code, label]) => ({ label, ticked: p.employment === code })),
		unitName: p.employment === '1' ? (p.aab004 ?? p.aab001 ?? '') : '',
		pension: PENSION.map(([codes, label]) => ({ label, ticked: codes.includes(p.aic003 ?? '') })),
		medical: MEDICAL.map(([codes, label]) => ({ label, ticked: codes.includes(p.akc003 ?? '') })),
		single: SINGLE.map(([column, code, label]) => ({ label, ticked: p[column] === code })),
		reasons: byCodes(REASONS),
		elsewhere: byCodes(ELSEWHERE)
	};
}

/** Short texts of the status codes for the 汇总表's narrow 现参保情况 columns. */
const SHORT_STATUS: Record<string, string> = {
	'11': '职工养老', '12': '居民养老', '13': '机关事业', '14': '被征地农民', '15': '其他养老',
	'21': '职工医保', '22': '城镇居民医保', '23': '新农合', '24': '公费医疗', '25': '农民工医保', '26': '其他医保', '27': '城乡居民医保',
	'30': '已参保', '40': '已参保', '50': '已参保',
	'81': '省内异地', '82': '省外异地', '91': '未参保', '92': '单位未参保', '93': '参军出国等', '94': '中断', '95': '不需参加'
};

export function shortStatus(code: string | null): string {
	if (!code) return '';
	return SHORT_STATUS[code] ? `${code} ${SHORT_STATUS[code]}` : code;
}

/** 附件2 columns (序号 is the row number). */
export const SUMMARY_COLUMNS = [
	'序号', '姓名', '公民身份号码', '单位全称', '无单位', '户口所在地', '常住地地址', '联系电话（手机）', '养老', '医疗', '工伤', '失业', '生育'
] as const;

/** One 汇总表 row, in SUMMARY_COLUMNS order. */
export function summaryRow(p: PackPerson, n: number): (string | number)[] {
	const employment = p.employment ?? '';
	return [
		n,
		p.aac003 ?? '',
		p.aac002 ?? '',
		employment === '1' ? (p.aab004 ?? p.aab001 ?? '') : '',
		employment !== '1' ? (EMPLOYMENT_LABELS[employment] ?? '') : '',
		p.aac010 ?? '',
		p.aae006 ?? '',
		p.aae005 ?? '',
		...STATUS_COLUMNS.map(([c]) => shortStatus(p[c]))
	];
}

/** "XX村" or "XX镇本级"; a village without a reference name by its code. */
export function sectionTitle(s: PackSection): string {
	return s.name ?? s.code;
}

export function packPersons(s: PackSection): PackPerson[] {
	return s.households.flatMap((h) => h.persons);
}

const LEVEL_WORDS = ['省（自治区、直辖市）', '市（州）', '县（区）', '镇（街道）', '村（社区）'];

/** The form's region line: the names of 省 市 县 镇 村, a blank to fill in where the level is unknown. */
export function regionLineText(line: string[]): string {
	return line.map((name, i) => name || `＿＿＿＿${LEVEL_WORDS[i]}`).join(' ');
}
