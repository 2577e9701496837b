import { OWN_KEY, TOTAL_KEY, type SurveyView } from '../../shared/survey.ts';

/** One line of the 入户调查 table: a reference child, the 本级 row or the total, with 核实进度 beside it. */
export interface SurveyLine {
	key: string;
	code: string | null;
	label: string;
	kind: 'child' | 'own' | 'total';
	persons: number;
	households: number;
	verified: number;
	rate: number | null;
}

/** The children in code order, then "<region>本级" (docs/spec/METRICS.md: never ranked, explained), then 合计. */
export function surveyLines(view: SurveyView): SurveyLine[] {
	const regionName = view.region.name ?? view.region.code;
	const children: SurveyLine[] = view.rows.map((r) => ({
		key: r.code,
		code: r.code,
		label: r.name ?? r.code,
		kind: 'child',
		persons: r.persons,
		households: r.households,
		verified: view.progress[r.code]?.verified ?? 0,
		rate: view.progress[r.code]?.rate ?? null
	}));
	const own: SurveyLine = { key: OWN_KEY, code: null, label: `${regionName}本级`, kind: 'own', ...view.own, ...view.progress[OWN_KEY] };
	const total: SurveyLine = { key: TOTAL_KEY, code: null, label: '合计', kind: 'total', ...view.total, ...view.progress[TOTAL_KEY] };
	return [...children, own, total];
}

/** Surveyors with what they verified, reviewed and left unreviewed; those with unreviewed rows first. */
export function surveyorLines(view: SurveyView): { name: string; verified: number; reviewed: number; unreviewed: number }[] {
	return view.surveyors
		.map((s) => ({ ...s, unreviewed: s.verified - s.reviewed }))
		.sort((a, b) => Number(b.unreviewed > 0) - Number(a.unreviewed > 0));
}
