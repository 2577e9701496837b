import { cachedQuery, currentPlan } from '../../app/engine.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import { InputError } from '../../errors.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import type { RegionLevel } from '../../../shared/region-code.ts';
import { LEVEL_LABELS } from '../../../shared/region-code.ts';
import { regionRows } from '../shared/region-rows.ts';
import { regionFigures } from '../shared/region-figures.ts';
import { leagueMetric, leagueRows, ownLeagueRow, sortLeague, type LeagueColumn, type LeagueRow, type SortDirection } from './league.ts';

/** The levels a league table inside `region` may list: its children and up to two levels further down. */
export const LEVEL_LENGTHS: [RegionLevel, number][] = [
	['prefecture', 4],
	['county', 6],
	['township', 9],
	['village', 12]
];

export function levelsBelow(region: string): RegionLevel[] {
	return LEVEL_LENGTHS.filter(([, length]) => length > region.length).slice(0, 3).map(([level]) => level);
}

export function levelLength(region: string, level: string | null): number | null {
	const allowed = levelsBelow(region);
	if (allowed.length === 0) return null;
	if (level === null || level === '') return LEVEL_LENGTHS.find(([l]) => l === allowed[0])![1];
	if (!allowed.includes(level as RegionLevel)) {
		throw new InputError(`排名层级“${level}”不可用：可选 ${allowed.map((l) => `${l}（${LEVEL_LABELS[l]}）`).join('、')}`);
	}
	return LEVEL_LENGTHS.find(([l]) => l === level)![1];
}

export interface LeagueQuery {
	region: string;
	snapshot: string | undefined;
	insurance: InsuranceKey;
	level: string | null;
	metric: string | null;
	sort: LeagueColumn;
	direction: SortDirection;
	gap: number;
}

export interface LeagueTable {
	snapshot: string;
	previousSnapshot: string | null;
	metric: { key: string; label: string; engineKey: string };
	level: RegionLevel | null;
	rows: LeagueRow[];
	/** the 本级 row: its value beside the ranking, never ranked (null for a village) */
	own: LeagueRow | null;
}

export async function leagueTableOf(q: LeagueQuery): Promise<LeagueTable> {
	const plan = currentPlan();
	const metric = leagueMetric(q.metric);
	const engineKey = metric.metric(q.insurance);
	const length = levelLength(q.region, q.level);
	const table = await cachedQuery('dashboard-league', { ...q, sort: null, direction: null, length }, q.snapshot, async (db) => {
		const { current } = await resolveSnapshot(db, q.snapshot);
		if (length === null) return { snapshot: current.as_of, previousSnapshot: null, rows: [] as LeagueRow[], own: null };
		const { rows, own, snapshot, previousSnapshot } = await regionRows(db, q.region, length, current.as_of, plan);
		const figures = rows.map((r) => regionFigures(r, q.insurance, snapshot.as_of, plan, undefined));
		return {
			snapshot: snapshot.as_of,
			previousSnapshot: previousSnapshot?.as_of ?? null,
			rows: leagueRows(rows, figures, engineKey, q.gap),
			own: ownLeagueRow(own, regionFigures(own, q.insurance, snapshot.as_of, plan, undefined), engineKey, q.gap)
		};
	});
	return {
		snapshot: table.snapshot,
		previousSnapshot: table.previousSnapshot,
		metric: { key: metric.key, label: metric.label, engineKey },
		level: length === null ? null : LEVEL_LENGTHS.find(([, l]) => l === length)![0],
		rows: sortLeague(table.rows, q.sort, q.direction),
		own: table.own
	};
}
