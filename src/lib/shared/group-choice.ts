import { EXPANSION_GROUPS } from './insurances.ts';

/**
 * Several 扩面重点人群 at once (issue 16: "灵活就业 + 农民工"): the URL's `group=flexible,migrant` is the
 * union — a person in any of the chosen groups, counted once (docs/decisions.md). A single `group=x`
 * is the one-group case. Unknown keys are dropped; the list is kept in docs/spec/METRICS.md order so
 * one choice has one URL and one cache key.
 */
export function readGroups(value: string | null | undefined): string[] {
	const asked = new Set((value ?? '').split(',').map((s) => s.trim()));
	return EXPANSION_GROUPS.filter((g) => asked.has(g.key)).map((g) => g.key);
}

/** The `group` URL value of a choice ('' = every 应参未参 row). */
export function groupParam(groups: readonly string[]): string {
	return readGroups(groups.join(','))
		.join(',');
}

/** The choice after clicking the card of `key`: added when absent, removed when present; '' clears. */
export function toggleGroup(groups: readonly string[], key: string): string {
	if (key === '') return '';
	return groupParam(groups.includes(key) ? groups.filter((g) => g !== key) : [...groups, key]);
}

/** "灵活就业人员＋农民工" for headers, audit lines and exports ('' = 全部应参未参人员). */
export function groupsLabel(groups: readonly string[]): string {
	if (groups.length === 0) return '全部应参未参人员';
	const labels = groups.map((key) => EXPANSION_GROUPS.find((g) => g.key === key)?.label ?? key);
	return groups.length === 1 ? labels[0] : `${labels.join('＋')}（任一人群，每人计一次）`;
}
