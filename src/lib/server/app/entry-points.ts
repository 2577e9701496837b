import type { Database } from '../db/database.ts';
import { cachedQuery, currentPlan } from './engine.ts';
import { regionTrail, regionWithChildren } from '../metrics/regions.ts';
import { codeNames } from '../persons/code-names.ts';
import { searchRegions } from '../regions/search.ts';
import { hotspotRows, employerPage, type EmployerOrder } from '../views/hotspots/hotspots.ts';
import { duplicateChildren, duplicateTrend } from '../views/duplicates/duplicates.ts';
import { qualityChildren, qualityTrend } from '../views/quality/quality-view.ts';
import { crossTabCounts, type CrossTabQuery } from '../views/groups/cross-tab.ts';
import { buildSurvey } from '../views/survey/worklist.ts';
import { buildChanges } from '../views/changes/changes.ts';
import { incompleteCounts } from '../views/changes/incomplete.ts';
import { followUp, type OpenBatch } from '../views/batches/batches.ts';
import { unitDetail, unitList, type UnitListQuery } from '../views/employers/employers.ts';
import type { Insurance, InsuranceKey } from '../../shared/insurances.ts';
import { overviewTrend } from '../views/overview/trend.ts';
import { childFigures } from '../views/overview/children.ts';
import { buildLeague, type LeagueArgs, type LeagueRows } from '../views/rank/league-build.ts';
import type { Scorecard } from '../../shared/scorecard.ts';
import type { RegionFigures } from '../../shared/view-rows.ts';
import type { CoverageTrend } from '../metrics/metrics.ts';
import { buildScorecard } from '../views/score/build.ts';

/**
 * The cached entry points of the pages (besides metricsOf / reportOf / rankOf in engine.ts): each is
 * declared once, and its cache key is exactly its arguments, so a key can never fall out of step with
 * what the computation reads. Results are stamped by the snapshots at or before `asOf` (engine.ts).
 */
function entryPoint<A extends object, T>(name: string, run: (db: Database, a: A) => Promise<T>, asOfOf: (a: A) => string | undefined) {
	return (args: A): Promise<T> => cachedQuery(name, args as Record<string, unknown>, asOfOf(args), (db) => run(db, args));
}
const at = (a: { asOf: string }) => a.asOf;

export const trailOf = entryPoint('trail', (db, a: { region: string }) => regionTrail(db, a.region), () => '');
export const childrenOf = entryPoint('children', (db, a: { region: string; asOf: string }) => regionWithChildren(db, a.region, a.asOf), at);
export const codeNamesOf = entryPoint('code-names', (db, _: { asOf: string }) => codeNames(db), at);
export const regionSearchOf = entryPoint('region-search', (db, a: { scope: string; text: string | null }) => searchRegions(db, a.scope, a.text), () => undefined);

export const hotspotsOf = entryPoint('hotspots', (db, a: { region: string; asOf: string; insurance: Insurance }) => hotspotRows(db, a.region, a.asOf, a.insurance), at);
export const employersOf = entryPoint('employers', (db, a: { region: string; asOf: string; insurance: string; order: EmployerOrder; limit: number; offset: number }) =>
	employerPage(db, a),
	at
);
export const duplicateChildrenOf = entryPoint('dup-children', (db, a: { region: string; asOf: string; digit: string }) => duplicateChildren(db, a.region, a.asOf, a.digit), at);
export const duplicateTrendOf = entryPoint('dup-trend', (db, a: { region: string; asOf: string; digit: string; snapshots: string[] }) =>
	duplicateTrend(db, a.region, a.asOf, a.digit, a.snapshots),
	at
);
export const qualityChildrenOf = entryPoint('quality-children', (db, a: { region: string; asOf: string }) => qualityChildren(db, a.region, a.asOf), at);
export const qualityTrendOf = entryPoint('quality-trend', (db, a: { region: string; asOf: string }) => qualityTrend(db, a.region, a.asOf), at);
export const crossTabOf = entryPoint('cross-tab', (db, a: CrossTabQuery) => crossTabCounts(db, a), at);
export const surveyOf = entryPoint('survey', (db, a: { region: string; asOf: string }) => buildSurvey(db, a.region, a.asOf), at);
export const changesOf = entryPoint('changes', (db, a: { region: string; from: string; to: string; insurance: string }) => buildChanges(db, a), (a) => a.to);
export const incompleteOf = entryPoint('changes-incomplete', (db, a: { region: string; to: string; digit: string }) => incompleteCounts(db, a.region, a.to, a.digit), (a) => a.to);
export const batchFollowOf = entryPoint('batch-follow', (db, a: { open: OpenBatch; snapshots: string[]; latest: string | undefined }) =>
	followUp(db, a.open, a.snapshots),
	(a) => a.latest
);
export const unitListOf = entryPoint('units', async (db, a: UnitListQuery) => unitList(db, a, await codeNames(db)), at);
export const unitDetailOf = entryPoint('unit', async (db, a: { aab001: string; asOf: string; region: string; dates: string[] }) => unitDetail(db, a, await codeNames(db)), at);

// 总览, 排名 and 考核 (issue 13): `vs` is the compared snapshot, resolved (null = none)
export const overviewTrendOf: (a: { region: string; asOf: string }) => Promise<CoverageTrend> = entryPoint('overview-trend', (db, a: { region: string; asOf: string }) => overviewTrend(db, a.region, a.asOf), at);
export const overviewChildrenOf: (a: { region: string; length: number; asOf: string; vs: string | null; insurance: InsuranceKey }) => Promise<{ rows: RegionFigures[]; own: RegionFigures }> = entryPoint('overview-children', (db, a: { region: string; length: number; asOf: string; vs: string | null; insurance: InsuranceKey }) =>
	childFigures(db, a.region, a.length, a.asOf, a.insurance, currentPlan(), a.vs),
	at
);
export const leagueOf: (a: LeagueArgs) => Promise<LeagueRows> = entryPoint('league', (db, a: LeagueArgs) => buildLeague(db, a, currentPlan()), (a) => a.snapshot);
export const scorecardOf: (a: { region: string; snapshot: string | undefined }) => Promise<Scorecard> = entryPoint('scorecard', (db, a: { region: string; snapshot: string | undefined }) => buildScorecard(db, a.region, a.snapshot, currentPlan()), (a) => a.snapshot);
