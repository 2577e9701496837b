/**
 * The layout of 全民参保登记基础数据情况表 (人社厅发〔2015〕41号 附件3): column groups, column names
 * and numbers, and the due date after each quarter. Shared by the page and the Excel export.
 */
export const REPORT_TITLE = '全民参保登记基础数据情况表';

export const REPORT_GROUPS = [
	{ label: '户籍信息', columns: ['1', '2'] },
	{ label: '登记信息', columns: ['3', '4', '5', '6', '7', '8'] },
	{ label: '数据应用', columns: ['9', '10', '11', '12', '13', '14', '15', '16', '17'] }
] as const;

/** 数据应用 is split again by insurance. */
export const REPORT_INSURANCE_GROUPS = [
	{ label: '养老保险', columns: ['9', '10', '11'] },
	{ label: '医疗保险', columns: ['12', '13', '14'] },
	{ label: '工伤保险', columns: ['15'] },
	{ label: '失业保险', columns: ['16'] },
	{ label: '生育保险', columns: ['17'] }
] as const;

export const REPORT_COLUMN_NAMES: Record<string, string> = {
	'1': '户籍人口数',
	'2': '已获得数据人数',
	'3': '本地参保直接入库人数',
	'4': '其中：非本地户籍参保人数',
	'5': '省内异地参保确认入库人数',
	'6': '省外异地参保确认入库人数',
	'7': '需调查核实人数',
	'8': '其中：已核实入库人数',
	'9': '应参保未参保人数',
	'10': '重复参保人数',
	'11': '重复享受待遇人数',
	'12': '应参保未参保人数',
	'13': '重复参保人数',
	'14': '重复享受待遇人数',
	'15': '应参保未参保人数',
	'16': '应参保未参保人数',
	'17': '应参保未参保人数'
};

export const REPORT_NOTE = '注：报送时间为季后25日前，即4月25日、7月25日、10月25日、次年1月25日前报送。';

/** 2016-12-31 → { year: 2016, quarter: 4 } */
export function quarterOf(asOf: string): { year: number; quarter: number } {
	const [year, month] = asOf.split('-').map(Number);
	return { year, quarter: Math.ceil(month / 3) };
}

/** The report for the quarter containing `asOf` is due on the 25th of the month after the quarter. */
export function reportDueDate(asOf: string): string {
	const { year, quarter } = quarterOf(asOf);
	return quarter === 4 ? `${year + 1}-01-25` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-25`;
}

export function quarterLabel(asOf: string): string {
	const { year, quarter } = quarterOf(asOf);
	return `${year}年第${'一二三四'[quarter - 1]}季度`;
}
