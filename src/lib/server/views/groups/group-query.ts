import { groupParam, readGroups } from '../../../shared/group-choice.ts';
import { childLength } from '../../../shared/region-code.ts';
import { dimensionOr, readFilters, type DimensionKey } from './dimensions.ts';

/**
 * The explorer's view from the URL: presets (`group`, one or several comma-separated: their union, each
 * person once; '' = every 应参未参 row), row/column cuts and filters.
 */
export interface GroupView {
	/** the chosen presets as the URL and the SQL take them: 'flexible,migrant' (bound as $group) */
	group: string;
	groups: string[];
	rows: DimensionKey;
	cols: DimensionKey;
	filters: Partial<Record<DimensionKey, string>>;
	/** child prefix length of the region cut (a township's villages: 12, read from persons rows) */
	childLength: number;
	/** whether the cross-tab is shown: always (below townships it reads persons rows, views/groups/cross-tab.ts) */
	cubeCovers: boolean;
	/** only the region's 本级 row (docs/spec/METRICS.md): rows reaching no reference child (URL `own=1`) */
	own: boolean;
}

/** Child-prefix length the 本级 filter tests codes against; 0 = no filter (bound as $own_len). */
export function ownLength(region: string, own: boolean): number {
	return own ? (childLength(region) ?? 0) : 0;
}

export function readGroupView(params: URLSearchParams, region: string): GroupView {
	const groups = readGroups(params.get('group'));
	const rows = dimensionOr(params.get('rows'), 'region');
	let cols = dimensionOr(params.get('cols'), 'age_band');
	if (cols === rows) cols = rows === 'age_band' ? 'sex' : 'age_band';
	return {
		group: groupParam(groups),
		groups,
		rows,
		cols,
		filters: readFilters(params),
		childLength: childLength(region) ?? region.length,
		cubeCovers: true,
		own: params.get('own') === '1' && childLength(region) !== null
	};
}
