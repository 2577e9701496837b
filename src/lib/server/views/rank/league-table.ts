import { snapshotsNow } from '../../app/engine.ts';
import { leagueOf } from '../../app/entry-points.ts';
import { resolveComparison, type Comparison } from '../../../shared/comparison.ts';
import { InputError } from '../../errors.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import type { RegionLevel } from '../../../shared/region-code.ts';
import { LEVEL_LABELS } from '../../../shared/region-code.ts';
import { leagueMetric, sortLeague, type LeagueColumn, type LeagueRow, type SortDirection } from './league.ts';

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
	/** the URL's comparison choice (src/lib/shared/comparison.ts): null = the previous snapshot */
	vs: string | null;
	insurance: InsuranceKey;
	level: string | null;
	metric: string | null;
	sort: LeagueColumn;
	direction: SortDirection;
	gap: number;
}

export interface LeagueTable {
	snapshot: string;
	/** the snapshot the movement, 较 column and arrows compare with (null: none) */
	previousSnapshot: string | null;
	comparison: Comparison;
	metric: { key: string; label: string; engineKey: string };
	level: RegionLevel | null;
	rows: LeagueRow[];
	/** the 本级 row: its value beside the ranking, never ranked (null for a village) */
	own: LeagueRow | null;
}

export async function leagueTableOf(q: LeagueQuery): Promise<LeagueTable> {
	const metric = leagueMetric(q.metric);
	const engineKey = metric.metric(q.insurance);
	const length = levelLength(q.region, q.level);
	const { snapshots } = await snapshotsNow();
	const dates = snapshots.map((s) => s.as_of);
	const asOf = q.snapshot ?? dates[dates.length - 1];
	if (!dates.includes(asOf)) throw new InputError(`没有 ${asOf} 的快照；已导入：${dates.join('、')}`);
	const comparison = resolveComparison(dates, asOf, q.vs);
	const table = await leagueOf({ region: q.region, snapshot: asOf, vs: comparison.vs, insurance: q.insurance, length, metric: engineKey, gap: q.gap });
	return {
		snapshot: table.snapshot,
		previousSnapshot: table.previousSnapshot,
		comparison,
		metric: { key: metric.key, label: metric.label, engineKey },
		level: length === null ? null : LEVEL_LENGTHS.find(([, l]) => l === length)![0],
		rows: sortLeague(table.rows, q.sort, q.direction),
		own: table.own
	};
}
