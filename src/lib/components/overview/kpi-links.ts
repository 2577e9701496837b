import { viewHref } from '../../shared/view-state.ts';

/**
 * Where a KPI card leads: the page with its detail (a rate to its ranking, 应参未参 to the hotspots,
 * 重复参保 to the duplicates), keeping the region, snapshot and insurance of the view.
 */
export function kpiHref(key: string, current: URLSearchParams): string | null {
	const kept = new URLSearchParams();
	for (const k of ['region', 'snapshot', 'insurance']) {
		const v = current.get(k);
		if (v) kept.set(k, v);
	}
	const [insurance, metric] = key.includes('.') ? key.split('.') : [null, key];
	const withInsurance = (path: string, changes: Record<string, string> = {}) => viewHref(path, kept, { ...changes, insurance: insurance ?? undefined });
	switch (metric) {
		case 'registration_rate':
			return viewHref('/rank', kept, { metric: 'registration' });
		case 'verification_rate':
			return viewHref('/rank', kept, { metric: 'verification' });
		case 'coverage':
			return withInsurance('/rank', { metric: 'coverage' });
		case 'gap_to_target':
			return withInsurance('/rank', { metric: 'gap' });
		case 'uninsured':
			return withInsurance('/hotspots');
		case 'duplicate_enrolled':
			return withInsurance('/duplicates');
		default:
			return null;
	}
}
