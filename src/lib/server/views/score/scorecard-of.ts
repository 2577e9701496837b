import { cachedQuery, currentPlan } from '../../app/engine.ts';
import type { Scorecard } from '../../../shared/scorecard.ts';
import { buildScorecard } from './build.ts';

/** The scorecard through the app's cache (by region, snapshot, the snapshots' stamps and the plan version). */
export function scorecardOf(region: string, snapshot: string | undefined): Promise<Scorecard> {
	return cachedQuery('scorecard', { region, snapshot }, snapshot, (db) => buildScorecard(db, region, snapshot, currentPlan()));
}
