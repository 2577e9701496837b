/**
 * Competition ranks (1, 2, 2, 4) over the values that exist; a missing value gets no rank, never
 * the first. Ranks are computed on the numbers of the whole set, never renumbered by a filter.
 */
export function competitionRanks(values: (number | null)[], higherBetter: boolean): (number | null)[] {
	const present = values.filter((v): v is number => v !== null);
	return values.map((v) => {
		if (v === null) return null;
		const better = present.filter((other) => (higherBetter ? other > v : other < v)).length;
		return better + 1;
	});
}

/** Rates and insured/registered counts rank high-first; 应参未参, gaps, duplicates and data-quality counts low-first. */
export function higherIsBetter(metric: string): boolean {
	return !/(uninsured|interrupted|excluded|eligible|gap_to_target|duplicate|to_verify|id_|missing_required|invalid_code|reg_inconsistent|status_conflict|enrolment_unmatched)/.test(metric);
}
