import { InputError } from '../../errors.ts';
import { readViewState } from '../../../shared/view-state.ts';
import { DEFAULT_ARROW_GAP, LEAGUE_COLUMNS, LEAGUE_METRICS, type LeagueColumn, type SortDirection } from './league.ts';
import type { LeagueQuery } from './league-table.ts';

/**
 * The league table's view state from the URL: region, snapshot, vs (the comparison), insurance, level,
 * metric, sort, dir, gap. Every key is checked against a fixed list; a bad one is a 400 naming what is wrong.
 */
export function leagueQueryFrom(params: URLSearchParams, region: string): LeagueQuery {
	const view = readViewState(params);
	const metric = params.get('metric');
	if (metric !== null && metric !== '' && !LEAGUE_METRICS.some((m) => m.key === metric)) {
		throw new InputError(`排名指标“${metric}”无效：可选 ${LEAGUE_METRICS.map((m) => `${m.key}（${m.label}）`).join('、')}`);
	}
	const sort = params.get('sort');
	if (sort !== null && sort !== '' && !Object.hasOwn(LEAGUE_COLUMNS, sort)) {
		throw new InputError(`排序列“${sort}”无效：可选 ${Object.keys(LEAGUE_COLUMNS).join('、')}`);
	}
	const dir = params.get('dir');
	if (dir !== null && dir !== '' && dir !== 'asc' && dir !== 'desc') throw new InputError(`排序方向“${dir}”无效：应为 asc 或 desc`);
	const gapText = params.get('gap');
	const gap = gapText === null || gapText === '' ? DEFAULT_ARROW_GAP : Number(gapText);
	if (!Number.isFinite(gap) || gap < 0 || gap > 100) throw new InputError(`箭头阈值“${gapText}”无效：应为 0 到 100 之间的百分点数，如 0.5`);
	const column = (sort || 'rank') as LeagueColumn;
	return {
		region,
		snapshot: view.snapshot ?? undefined,
		vs: params.get('vs') || null,
		insurance: view.insurance,
		level: params.get('level') || null,
		metric: metric || null,
		sort: column,
		direction: (dir || defaultDirection(column)) as SortDirection,
		gap
	};
}

/** Rank, name and movement read best first ascending; figures largest first. */
export function defaultDirection(column: LeagueColumn): SortDirection {
	return column === 'rank' || column === 'name' ? 'asc' : 'desc';
}
