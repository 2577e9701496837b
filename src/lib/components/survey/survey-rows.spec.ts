import { describe, expect, it } from 'vitest';
import { surveyLines, surveyorLines } from './survey-rows.ts';
import type { SurveyView } from '../../shared/survey.ts';

const view: SurveyView = {
	snapshot: '2016-12-31',
	region: { code: '520102016', name: '新华路街道', level: 'township' },
	rows: [{ code: '520102016001', name: '纪念塔社区', persons: 5, households: 4 }],
	own: { persons: 3, households: 3 },
	total: { persons: 8, households: 7 },
	surveyors: [{ name: '', verified: 1, reviewed: 1 }, { name: '张敏花', verified: 4, reviewed: 3 }],
	reviewers: [{ name: '李平', reviewed_by: 4 }],
	unreviewed: 1,
	progress: { '520102016001': { verified: 4, rate: 4 / 9 }, own: { verified: 1, rate: 0.25 }, total: { verified: 5, rate: 5 / 13 } }
};

describe('surveyLines', () => {
	it('lists the children, then the 本级 row named after the region, then 合计, with progress', () => {
		const lines = surveyLines(view);
		expect(lines.map((l) => [l.label, l.kind, l.persons, l.households, l.verified])).toEqual([
			['纪念塔社区', 'child', 5, 4, 4],
			['新华路街道本级', 'own', 3, 3, 1],
			['合计', 'total', 8, 7, 5]
		]);
		expect(lines[2].rate).toBeCloseTo(5 / 13, 12);
	});
});

describe('surveyorLines', () => {
	it('puts surveyors with unreviewed rows first, keeping code-point order otherwise', () => {
		expect(surveyorLines(view).map((s) => [s.name, s.unreviewed])).toEqual([['张敏花', 1], ['', 0]]);
	});
});
