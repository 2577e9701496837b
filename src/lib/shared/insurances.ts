/** The five insurances (docs/spec/METRICS.md table): key, 险种, the status column and the scheme digit. */
export const INSURANCES = [
	{ key: 'pension', label: '养老保险', digit: '1', column: 'aic003', enrolled: ['11', '12', '13', '14', '15'] },
	{ key: 'medical', label: '医疗保险', digit: '2', column: 'akc003', enrolled: ['21', '22', '23', '24', '25', '26', '27'] },
	{ key: 'injury', label: '工伤保险', digit: '3', column: 'alc003', enrolled: ['30'] },
	{ key: 'unemployment', label: '失业保险', digit: '4', column: 'ajc003', enrolled: ['40'] },
	{ key: 'maternity', label: '生育保险', digit: '5', column: 'amc003', enrolled: ['50'] }
] as const;

export type InsuranceKey = (typeof INSURANCES)[number]['key'];
export type Insurance = (typeof INSURANCES)[number];

export function insuranceByKey(key: string): Insurance | undefined {
	return INSURANCES.find((i) => i.key === key);
}

/** 扩面重点人群 presets in docs/spec/METRICS.md order, with their JSON keys. */
export const EXPANSION_GROUPS = [
	{ key: 'sme', label: '中小微企业从业人员' },
	{ key: 'flexible', label: '灵活就业人员' },
	{ key: 'migrant', label: '农民工' },
	{ key: 'mobile', label: '流动人员' },
	{ key: 'unemployed', label: '未就业居民' },
	{ key: 'farmer', label: '农村居住农民' },
	{ key: 'high_risk', label: '高风险行业从业人员' },
	{ key: 'unit_not_enrolled', label: '单位未予参保' }
] as const;

export type ExpansionGroupKey = (typeof EXPANSION_GROUPS)[number]['key'];

export const DUPLICATE_SPANS = ['same_county', 'cross_county', 'cross_prefecture', 'cross_province'] as const;

export const DATA_QUALITY_RULES = [
	{ key: 'id_invalid', label: '公民身份号码无效' },
	{ key: 'id_legacy15', label: '15位旧身份号码' },
	{ key: 'id_birth_mismatch', label: '出生日期与身份号码不符' },
	{ key: 'id_gender_mismatch', label: '性别与身份号码不符' },
	{ key: 'id_duplicate', label: '身份号码重复' },
	{ key: 'missing_required', label: '必填项缺失' },
	{ key: 'invalid_code', label: '代码值不在代码表中' },
	{ key: 'reg_inconsistent', label: '非本地户籍登记方式矛盾' },
	{ key: 'status_conflict', label: '参保状态与参保记录矛盾' },
	{ key: 'enrolment_unmatched', label: '参保记录无对应人员' }
] as const;

export type DataQualityKey = (typeof DATA_QUALITY_RULES)[number]['key'];

/**
 * The rules of the 数据质量 page: docs/spec/METRICS.md's (the `metrics` JSON, above) and, after them, the
 * checks shown on the quality pages only — counted at load (agg_person.birth_unreadable), never in the
 * `metrics` JSON or any figure derived from it (docs/decisions.md "出生日期无法识别").
 */
export const PAGE_ONLY_QUALITY_RULES = [{ key: 'birth_unreadable', label: '出生日期无法识别' }] as const;
export const QUALITY_PAGE_RULES = [...DATA_QUALITY_RULES, ...PAGE_ONLY_QUALITY_RULES] as const;
export type PageOnlyQualityKey = (typeof PAGE_ONLY_QUALITY_RULES)[number]['key'];
export type QualityPageKey = (typeof QUALITY_PAGE_RULES)[number]['key'];
