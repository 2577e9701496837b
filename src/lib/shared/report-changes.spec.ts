import { describe, expect, it } from 'vitest';
import { columnChanges, reportChanges } from './report-changes.ts';
import type { ReportResult } from './view-rows.ts';
import type { Comparison } from './comparison.ts';

const comparison: Comparison = { mode: 'yoy', vs: '2015-12-31', label: '同比（较2015年四季度）', short: '同比', problem: null };
const region = { code: '5201', name: '贵阳市', level: 'prefecture' } as unknown as ReportResult['region'];
const report = (snapshot: string, rows: [string, number, number | null][], own: number, total: number): ReportResult => ({
	snapshot, region, checks: [],
	rows: rows.map(([code, a, b]) => ({ code, name: code, columns: { '1': a, '2': b } })),
	own: { columns: { '1': own, '2': own } },
	total: { columns: { '1': total, '2': total } }
});

describe('情况表 changes', () => {
	it('subtracts cell by cell, by row code, and keeps rows + 本级 = 合计 for the changes', () => {
		const now = report('2016-12-31', [['520102', 120, 100], ['520103', 80, 70]], 5, 205);
		const then = report('2015-12-31', [['520103', 90, 60], ['520102', 100, 100]], 3, 193);
		const c = reportChanges(now, then, comparison);
		expect(c.vs).toBe('2015-12-31');
		expect(c.rows).toEqual([
			{ code: '520102', name: '520102', columns: { '1': 20, '2': 0 } },
			{ code: '520103', name: '520103', columns: { '1': -10, '2': 10 } }
		]);
		expect(c.own.columns).toEqual({ '1': 2, '2': 2 });
		expect(c.total.columns['1']).toBe(12);
		expect(c.rows.reduce((s, r) => s + (r.columns['1'] as number), 0) + (c.own.columns['1'] as number)).toBe(c.total.columns['1']);
	});

	it('is — (null) where a row or a cell has no counterpart, never 0', () => {
		const now = report('2016-12-31', [['520102', 120, null], ['520199', 7, 7]], 0, 127);
		const then = report('2015-12-31', [['520102', 100, 90]], 0, 100);
		const c = reportChanges(now, then, comparison);
		expect(c.rows[0].columns).toEqual({ '1': 20, '2': null });
		expect(c.rows[1].columns).toEqual({ '1': null, '2': null });
		expect(columnChanges({ '3': 4 }, { '3': null })).toEqual({ '3': null });
	});
});
