/**
 * The cuts of the planner's cross-tab (docs/spec/METRICS.md "Expansion groups": age band, 性别, 户口性质, 个人身份,
 * 就业状态, 单位类型 and region, plus the 应参未参 status itself). A fixed whitelist: URL values are
 * checked against it and reach SQL only as bound parameters (queries/explore/cross-tab.sql picks the
 * column with CASE), never spliced.
 */
export const DIMENSIONS = [
	{ key: 'region', label: '地区', field: null },
	{ key: 'age_band', label: '年龄段', field: null },
	{ key: 'sex', label: '性别', field: 'AAC004' },
	{ key: 'hukou', label: '户口性质', field: 'AAC009' },
	{ key: 'identity', label: '个人身份', field: 'AAC012' },
	{ key: 'employment', label: '就业状态', field: 'employment' },
	{ key: 'unit_type', label: '单位类型', field: 'AAB019' },
	{ key: 'status', label: '未参保原因', field: 'AIC003' }
] as const;

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

/** The dimensions that can also filter (region filters through the page's region itself). */
export const FILTER_DIMENSIONS = DIMENSIONS.filter((d) => d.key !== 'region').map((d) => d.key);

export const AGE_BANDS = ['0-15', '16-29', '30-44', '45-59', '60+'];

export function isDimension(value: unknown): value is DimensionKey {
	return typeof value === 'string' && DIMENSIONS.some((d) => d.key === value);
}

/** The dimension named in the URL, or `fallback` when absent or not on the whitelist. */
export function dimensionOr(value: string | null, fallback: DimensionKey): DimensionKey {
	return isDimension(value) ? value : fallback;
}

/** Filters from the URL: one value per dimension key (e.g. ?sex=2&age_band=16-29), values checked for shape. */
export function readFilters(params: URLSearchParams): Partial<Record<DimensionKey, string>> {
	const filters: Partial<Record<DimensionKey, string>> = {};
	for (const key of FILTER_DIMENSIONS) {
		const value = params.get(key);
		if (value && /^[0-9A-Za-z+-]{1,8}$/.test(value)) filters[key] = value;
	}
	return filters;
}
