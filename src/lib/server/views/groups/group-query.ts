import { EXPANSION_GROUPS } from '../../../shared/insurances.ts';
import { childLength } from '../../../shared/region-code.ts';
import { dimensionOr, readFilters, type DimensionKey } from './dimensions.ts';

/** The explorer's view from the URL: preset (`group`, '' = every 应参未参 row), row/column cuts and filters. */
export interface GroupView {
	group: string;
	rows: DimensionKey;
	cols: DimensionKey;
	filters: Partial<Record<DimensionKey, string>>;
	/** child prefix length of the region cut: the cube stops at townships (9 digits) */
	childLength: number;
	/** false for a village: the cube holds townships, so cuts cannot narrow to one village */
	cubeCovers: boolean;
	/** only the region's 本级 row (docs/spec/METRICS.md): rows reaching no reference child (URL `own=1`) */
	own: boolean;
}

/** Child-prefix length the 本级 filter tests codes against; 0 = no filter (bound as $own_len). */
export function ownLength(region: string, own: boolean): number {
	return own ? (childLength(region) ?? 0) : 0;
}

export function readGroupView(params: URLSearchParams, region: string): GroupView {
	const group = params.get('group') ?? '';
	const rows = dimensionOr(params.get('rows'), 'region');
	let cols = dimensionOr(params.get('cols'), 'age_band');
	if (cols === rows) cols = rows === 'age_band' ? 'sex' : 'age_band';
	return {
		group: EXPANSION_GROUPS.some((g) => g.key === group) ? group : '',
		rows,
		cols,
		filters: readFilters(params),
		childLength: Math.min(childLength(region) ?? region.length, 9),
		cubeCovers: region.length <= 9,
		own: params.get('own') === '1' && childLength(region) !== null
	};
}
