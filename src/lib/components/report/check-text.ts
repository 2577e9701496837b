import { count } from '../../shared/format.ts';

/**
 * How the 情况表 page writes a logic check: the rule in Chinese (the JSON keeps docs/spec/METRICS.md's texts,
 * e.g. "甲栏 total = sum of rows") and the numbers of a failure with thousands separators.
 */
const LABELS: Record<string, string> = {
	'甲栏 total = sum of rows': '甲栏：合计 = 各行之和（含本级）',
	'宾栏 (1)=(3)-(4)+(5)+(6)+(7)': '宾栏：(1) = (3) − (4) + (5) + (6) + (7)',
	'(2)<=(1)': '(2) 已获得数据人数 ≤ (1) 户籍人口数',
	'(4)<=(3)': '(4) 非本地户籍 ≤ (3) 直接入库',
	'(8)<=(7)': '(8) 已核实入库 ≤ (7) 需调查核实'
};

export function checkLabel(rule: string): string {
	return LABELS[rule] ?? rule;
}

/** "(1) 918795 ≠ … = 918790" → "(1) 918,795 ≠ … = 918,790" (column numbers in brackets stay as they are). */
export function checkDetail(detail: string): string {
	return detail.replace(/(?<![(\d])\d{4,}(?![\d)])/g, (n) => count(Number(n)));
}
