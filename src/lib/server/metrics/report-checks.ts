import type { ReportColumns } from './report.ts';
import type { ReportCheck } from '../../shared/view-rows.ts';
export type { ReportCheck };


export const RULES = {
	rowSum: '甲栏 total = sum of rows',
	columnEquation: '宾栏 (1)=(3)-(4)+(5)+(6)+(7)',
	obtainedWithinPopulation: '(2)<=(1)',
	nonlocalWithinDirect: '(4)<=(3)',
	verifiedWithinToVerify: '(8)<=(7)'
} as const;

const COLUMN_NUMBERS = Array.from({ length: 17 }, (_, i) => String(i + 1));

/**
 * docs/spec/METRICS.md 情况表 logic checks: one entry per rule and row, each passing or naming the row and the
 * numbers. 甲栏 once for the total row (total = children rows + the 本级 row); 宾栏 where (1) is given
 * and equals (2); (2)<=(1) where (1) is given; (4)<=(3) and (8)<=(7) for every row (children, 本级 and
 * total). The 本级 row is called `own`, the total row `total`.
 */
export function reportChecks(rows: { code: string; columns: ReportColumns }[], own: ReportColumns, total: ReportColumns): ReportCheck[] {
	const withOwn = [...rows, { code: 'own', columns: own }];
	const checks: ReportCheck[] = [rowSumCheck(withOwn, total)];
	for (const row of [...withOwn, { code: 'total', columns: total }]) checks.push(...rowChecks(row.code, row.columns));
	return checks;
}

function rowSumCheck(rows: { columns: ReportColumns }[], total: ReportColumns): ReportCheck {
	const problems: string[] = [];
	for (const n of COLUMN_NUMBERS) {
		const values = rows.map((r) => r.columns[n]).filter((v): v is number => v !== null);
		// column 1: the sum skips rows without a figure and is null only if all are
		const sum = values.length === 0 && n === '1' ? null : values.reduce((a, b) => a + b, 0);
		if (sum !== total[n]) problems.push(`(${n}) 合计 ${show(total[n])} ≠ 各行之和 ${show(sum)}`);
	}
	return { rule: RULES.rowSum, ok: problems.length === 0, row: 'total', detail: problems.join('；') };
}

function rowChecks(row: string, c: ReportColumns): ReportCheck[] {
	const checks: ReportCheck[] = [];
	const v = (n: string) => c[n] ?? 0;
	if (c['1'] !== null && c['1'] === c['2']) {
		const right = v('3') - v('4') + v('5') + v('6') + v('7');
		checks.push(check(RULES.columnEquation, row, c['1'] === right, `(1) ${c['1']} ≠ (3)-(4)+(5)+(6)+(7) = ${v('3')}-${v('4')}+${v('5')}+${v('6')}+${v('7')} = ${right}`));
	}
	if (c['1'] !== null) {
		checks.push(check(RULES.obtainedWithinPopulation, row, v('2') <= c['1'], `(2) ${v('2')} > (1) ${c['1']}`));
	}
	checks.push(check(RULES.nonlocalWithinDirect, row, v('4') <= v('3'), `(4) ${v('4')} > (3) ${v('3')}`));
	checks.push(check(RULES.verifiedWithinToVerify, row, v('8') <= v('7'), `(8) ${v('8')} > (7) ${v('7')}`));
	return checks;
}

function check(rule: string, row: string, ok: boolean, failure: string): ReportCheck {
	return { rule, ok, row, detail: ok ? '' : failure };
}

function show(value: number | null): string {
	return value === null ? '—' : String(value);
}
