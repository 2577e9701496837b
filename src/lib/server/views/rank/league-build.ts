import type { Database } from '../../db/database.ts';
import type { Plan } from '../../plan/plan.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import { regionRows } from '../shared/region-rows.ts';
import { regionFigures } from '../shared/region-figures.ts';
import { leagueRows, ownLeagueRow, type LeagueRow } from './league.ts';

export interface LeagueArgs {
	region: string;
	snapshot: string | undefined;
	/** the compared snapshot (resolved: null = none) */
	vs: string | null;
	insurance: InsuranceKey;
	/** code length of the ranked level; null for a village (nothing to rank) */
	length: number | null;
	/** the engine metric ranked by (e.g. pension.coverage) */
	metric: string;
	gap: number;
}

export interface LeagueRows {
	snapshot: string;
	previousSnapshot: string | null;
	rows: LeagueRow[];
	own: LeagueRow | null;
}

/** The ranked rows of a league table, unsorted (the cached part: app/entry-points.ts leagueOf). */
export async function buildLeague(db: Database, a: LeagueArgs, plan: Plan): Promise<LeagueRows> {
	const { current } = await resolveSnapshot(db, a.snapshot);
	if (a.length === null) return { snapshot: current.as_of, previousSnapshot: null, rows: [], own: null };
	const { rows, own, snapshot, previousSnapshot } = await regionRows(db, a.region, a.length, current.as_of, plan, a.vs);
	const figures = rows.map((r) => regionFigures(r, a.insurance, snapshot.as_of, plan, undefined));
	return {
		snapshot: snapshot.as_of,
		previousSnapshot: previousSnapshot?.as_of ?? null,
		rows: leagueRows(rows, figures, a.metric, a.gap),
		own: ownLeagueRow(own, regionFigures(own, a.insurance, snapshot.as_of, plan, undefined), a.metric, a.gap)
	};
}
