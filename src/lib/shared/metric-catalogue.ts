import { DATA_QUALITY_RULES, INSURANCES } from './insurances.ts';

/**
 * The metric catalogue: every numeric figure of docs/spec/METRICS.md with its Chinese label, kind,
 * ranking direction and 情况表 column — the one source for labels, ranking direction and what may be
 * ranked (CLI `rank --metric`, 排名, 通报, KPI cards). Keys are docs/spec/INTERFACE.md's flattened names.
 */
export type MetricKind = 'rate' | 'count' | 'points';

export interface MetricEntry {
	key: string;
	label: string;
	kind: MetricKind;
	/** higher is better (rates, insured, registered); lower for 应参未参, gaps, duplicates, data quality */
	higherBetter: boolean;
	/** 情况表 (41号 附件3) column number, if the figure is one */
	column?: string;
	/** may be the metric of a ranking */
	rankable: boolean;
}

const entry = (key: string, label: string, kind: MetricKind, higherBetter: boolean, column?: string, rankable = true): MetricEntry => ({
	key,
	label,
	kind,
	higherBetter,
	column,
	rankable
});

const registration: MetricEntry[] = [
	entry('huji_population', '户籍人口数', 'count', true, '1'),
	entry('obtained', '已获取人员信息数', 'count', true, '2'),
	entry('direct', '直接登记人数', 'count', true, '3'),
	entry('direct_nonlocal', '直接登记中非本地户籍人数', 'count', true, '4'),
	entry('confirmed_in_province', '省内已参保确认人数', 'count', true, '5'),
	entry('confirmed_out_province', '省外已参保确认人数', 'count', true, '6'),
	entry('to_verify', '需入户调查核实人数', 'count', false, '7'),
	entry('verified', '已核实入库人数', 'count', true, '8'),
	entry('registered', '已登记人数', 'count', true),
	entry('registration_rate', '全民参保登记率', 'rate', true),
	entry('verification_rate', '入户核实进度', 'rate', true)
];

const REPORT_COLUMN_OF: Record<string, Record<string, string>> = {
	pension: { uninsured: '9', duplicate_enrolled: '10', duplicate_benefit: '11' },
	medical: { uninsured: '12', duplicate_enrolled: '13', duplicate_benefit: '14' },
	injury: { uninsured: '15' },
	unemployment: { uninsured: '16' },
	maternity: { uninsured: '17' }
};

const perInsurance: MetricEntry[] = INSURANCES.flatMap(({ key, label }) => {
	const short = label.replace('保险', '');
	const col = (name: string) => REPORT_COLUMN_OF[key]?.[name];
	return [
		entry(`${key}.insured_local`, `${short}本地参保人数`, 'count', true),
		entry(`${key}.insured_elsewhere`, `${short}异地参保人数`, 'count', true),
		entry(`${key}.insured`, `${short}已参保人数`, 'count', true),
		entry(`${key}.uninsured`, `${short}应参未参人数`, 'count', false, col('uninsured')),
		entry(`${key}.uninsured_individual`, `${short}个人未参保人数`, 'count', false),
		entry(`${key}.uninsured_unit`, `${short}单位未予参保人数`, 'count', false),
		entry(`${key}.interrupted`, `${short}中断缴费人数`, 'count', false),
		entry(`${key}.excluded`, `${short}不需参保人数`, 'count', false),
		entry(`${key}.eligible`, `${short}应参保人数`, 'count', false),
		entry(`${key}.coverage`, `${short}参保率`, 'rate', true),
		entry(`${key}.gap_to_target`, `${short}距目标差人数`, 'count', false),
		entry(`${key}.duplicate_enrolled`, `${short}重复参保人数`, 'count', false, col('duplicate_enrolled')),
		entry(`${key}.duplicate_benefit`, `${short}重复领取待遇人数`, 'count', false, col('duplicate_benefit')),
		entry(`${key}.coverage_delta`, `${short}参保率较上期`, 'points', true)
	];
});

const quality: MetricEntry[] = DATA_QUALITY_RULES.map((r) => entry(r.key, r.label, 'count', false));

export const METRIC_CATALOGUE: readonly MetricEntry[] = [...registration, ...perInsurance, ...quality];

const BY_KEY = new Map(METRIC_CATALOGUE.map((m) => [m.key, m]));

export function metricEntry(key: string): MetricEntry | undefined {
	return BY_KEY.get(key);
}

export function rankableMetrics(): string[] {
	return METRIC_CATALOGUE.filter((m) => m.rankable).map((m) => m.key);
}

/** Ranking direction of a metric (unknown keys rank high-first). */
export function higherIsBetter(key: string): boolean {
	return BY_KEY.get(key)?.higherBetter ?? true;
}

/** 情况表 column number → metric key (columns 1–17 of 41号 附件3). */
export const REPORT_COLUMNS: Record<string, string> = Object.fromEntries(
	METRIC_CATALOGUE.filter((m) => m.column)
		.map((m) => [m.column as string, m.key] as const)
		.sort((a, b) => Number(a[0]) - Number(b[0]))
);
