import type { Database } from '../../db/database.ts';
import { assertRegionCode, regionWithChildren } from '../../metrics/regions.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import { childLength } from '../../../shared/region-code.ts';
import {
	compareCodePoints,
	OWN_KEY,
	progressOf,
	TOTAL_KEY,
	type ReviewerRow,
	type SurveyJson,
	type SurveyorRow,
	type SurveyView
} from '../../../shared/survey.ts';

/**
 * The 入户调查 worklist of a region (docs/spec/METRICS.md): persons and households to visit per reference child,
 * the 本级 row and the total, and what each surveyor verified and each reviewer reviewed.
 */
export async function buildSurvey(db: Database, regionCode: string, asOf: string | undefined): Promise<SurveyView> {
	const code = assertRegionCode(regionCode);
	const { current } = await resolveSnapshot(db, asOf);
	const length = childLength(code);
	const params = { region: code, as_of: current.as_of };
	const staffRows = db.query<{ role: string; name: string; verified: number; reviewed: number }>('survey/staff', params);
	const { region, children } = await regionWithChildren(db, code, current.as_of);
	// reference children only: codes found only in the data have no name and count in the 本级 row
	const reference = children.filter((c) => c.name !== null);
	const [counted, staff] = await Promise.all([
		db.query<{ bucket: string | null; persons: number; households: number; verified: number }>('survey/worklist', {
			...params,
			child_len: length ?? 0,
			children: reference.map((c) => c.code).join(',')
		}),
		staffRows
	]);
	const byBucket = new Map(counted.map((r) => [r.bucket, r]));
	const zero = { persons: 0, households: 0, verified: 0 };
	const rows = reference.map((c) => {
		const r = byBucket.get(c.code) ?? zero;
		return { code: c.code, name: c.name, persons: r.persons, households: r.households };
	});
	const own = byBucket.get('') ?? zero;
	const total = byBucket.get(null) ?? zero;
	const progress: SurveyView['progress'] = Object.fromEntries(
		reference.map((c) => [c.code, progressOf((byBucket.get(c.code) ?? zero).persons, (byBucket.get(c.code) ?? zero).verified)])
	);
	progress[OWN_KEY] = progressOf(own.persons, own.verified);
	progress[TOTAL_KEY] = progressOf(total.persons, total.verified);
	const surveyors: SurveyorRow[] = staff
		.filter((s) => s.role === 'surveyor')
		.map((s) => ({ name: s.name, verified: s.verified, reviewed: s.reviewed }))
		.sort((a, b) => compareCodePoints(a.name, b.name));
	const reviewers: ReviewerRow[] = staff
		.filter((s) => s.role === 'reviewer')
		.map((s) => ({ name: s.name, reviewed_by: s.reviewed }))
		.sort((a, b) => compareCodePoints(a.name, b.name));
	return {
		snapshot: current.as_of,
		region: { code: region.code, name: region.name, level: region.level },
		rows,
		own: { persons: own.persons, households: own.households },
		total: { persons: total.persons, households: total.households },
		surveyors,
		reviewers,
		unreviewed: staff.find((s) => s.role === 'unreviewed')?.verified ?? 0,
		progress
	};
}

/** The docs/spec/INTERFACE.md object alone, as `canbao survey --json` prints it. */
export function surveyJson(view: SurveyView): SurveyJson {
	const { progress: _, ...json } = view;
	return json;
}
