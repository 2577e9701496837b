import { competitionRanks, higherIsBetter } from '../../metrics/ranking.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import type { RegionRow } from '../shared/region-rows.ts';
import type { RegionFigures } from '../shared/region-figures.ts';
import type { Arrow, LeagueColumn, LeagueRow, SortDirection } from '../../../shared/view-rows.ts';
export type { Arrow, LeagueRow };

/**
 * The league table (排名): regions ranked by one metric with competition ranks (1, 2, 2, 4) over
 * the whole set — a filter or a sort never renumbers them; a region without a value is unranked
 * and shown as —. Arrows only where coverage moved by more than the effective gap.
 */
export const LEAGUE_METRICS = [
	{ key: 'coverage', label: '参保率', metric: (i: InsuranceKey) => `${i}.coverage` },
	{ key: 'uninsured', label: '应参未参人数', metric: (i: InsuranceKey) => `${i}.uninsured` },
	{ key: 'gap', label: '距目标差人数', metric: (i: InsuranceKey) => `${i}.gap_to_target` },
	{ key: 'verification', label: '入户核实进度', metric: () => 'verification_rate' },
	{ key: 'registration', label: '全民参保登记率', metric: () => 'registration_rate' },
	{ key: 'duplicates', label: '重复参保人数', metric: (i: InsuranceKey) => `${i}.duplicate_enrolled` }
] as const;
export type LeagueMetric = (typeof LEAGUE_METRICS)[number]['key'];

export function leagueMetric(key: string | null): (typeof LEAGUE_METRICS)[number] {
	return LEAGUE_METRICS.find((m) => m.key === key) ?? LEAGUE_METRICS[0];
}

/** Default effective gap for arrows, in percentage points (METRICS-independent display rule, configurable by ?gap=). */
export const DEFAULT_ARROW_GAP = 0.5;


/** ↑/↓ only where the change exceeds the gap (strictly): 0.5 points or less is noise, not movement. */
export function arrowFor(deltaPoints: number | null, gapPoints = DEFAULT_ARROW_GAP): Arrow {
	if (deltaPoints === null || Math.abs(deltaPoints) <= gapPoints) return null;
	return deltaPoints > 0 ? 'up' : 'down';
}


const numeric = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function leagueRows(rows: RegionRow[], figures: RegionFigures[], metric: string, gapPoints = DEFAULT_ARROW_GAP): LeagueRow[] {
	const values = rows.map((r) => (r.hasData ? numeric(r.metrics[metric]) : null));
	const before = rows.map((r) => numeric(r.previous?.[metric]));
	const higher = higherIsBetter(metric);
	const ranks = competitionRanks(values, higher);
	const hasPrevious = rows.some((r) => r.previous !== null);
	const previousRanks = hasPrevious ? competitionRanks(before, higher) : rows.map(() => null);
	return figures.map((f, i) => ({
		...f,
		value: values[i],
		rank: ranks[i],
		previousRank: previousRanks[i],
		previousValue: before[i],
		movement: ranks[i] !== null && previousRanks[i] !== null ? (previousRanks[i] as number) - (ranks[i] as number) : null,
		arrow: arrowFor(f.delta, gapPoints)
	}));
}

/** The 本级 row of a league table: its value and arrow, never a rank (docs/spec/METRICS.md "rank"). */
export function ownLeagueRow(row: RegionRow, figures: RegionFigures, metric: string, gapPoints = DEFAULT_ARROW_GAP): LeagueRow | null {
	if (!row.hasData) return null;
	return { ...figures, value: numeric(row.metrics[metric]), rank: null, previousRank: null, previousValue: numeric(row.previous?.[metric]), movement: null, arrow: arrowFor(figures.delta, gapPoints) };
}

/** Sortable columns (a fixed whitelist: the URL names one, nothing else is accepted). */
export const LEAGUE_COLUMNS: Record<LeagueColumn, (r: LeagueRow) => number | string | null> = {
	rank: (r: LeagueRow) => r.rank,
	name: (r: LeagueRow) => r.label,
	value: (r: LeagueRow) => r.value,
	coverage: (r: LeagueRow) => r.coverage,
	delta: (r: LeagueRow) => r.delta,
	movement: (r: LeagueRow) => r.movement,
	uninsured: (r: LeagueRow) => r.uninsured,
	gap: (r: LeagueRow) => r.gap,
	verification: (r: LeagueRow) => r.verificationRate,
	quality: (r: LeagueRow) => r.quality
};
export type { LeagueColumn, SortDirection };

export function leagueColumn(key: string | null): LeagueColumn {
	return key !== null && Object.hasOwn(LEAGUE_COLUMNS, key) ? (key as LeagueColumn) : 'rank';
}

/** Sorted by one column; missing values last in either direction; ties by rank, then code. */
export function sortLeague(rows: LeagueRow[], column: LeagueColumn, direction: SortDirection): LeagueRow[] {
	const get = LEAGUE_COLUMNS[column];
	const sign = direction === 'asc' ? 1 : -1;
	const byRank = (a: LeagueRow, b: LeagueRow) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code);
	return [...rows].sort((a, b) => {
		const x = get(a);
		const y = get(b);
		if (x === null || y === null) return x === y ? byRank(a, b) : x === null ? 1 : -1;
		const order = typeof x === 'string' ? x.localeCompare(y as string, 'zh-CN') : x - (y as number);
		return sign * order || byRank(a, b);
	});
}
