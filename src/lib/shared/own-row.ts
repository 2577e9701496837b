/**
 * The 本级 row (docs/spec/METRICS.md "The quarterly report"): in every list of a region's children, what
 * lies in the region but reaches no reference child — blank AAB301 at the scope, codes shorter than the
 * child level, or child-level codes without a reference name (e.g. 520302000). Never ranked.
 */
export const OWN_EXPLANATION = '地区代码只到本级或不在区划表中的人员';

/** "<region>本级", e.g. 红花岗区本级. */
export function ownLabel(region: { code: string; name: string | null }): string {
	return `${region.name ?? region.code}本级`;
}

/** The `own` URL flag of person lists: only the persons of the region's 本级 row. */
export const OWN_PARAM = 'own';
