/**
 * Competition ranks (1, 2, 2, 4) over the values that exist; a missing value gets no rank, never
 * the first. Ranks are computed on the numbers of the whole set, never renumbered by a filter. The one
 * rank core: 排名, 通报, the CLI/API rank and every ranked list call it.
 */
export function competitionRanks(values: (number | null)[], higherBetter: boolean): (number | null)[] {
	const present = values.filter((v): v is number => v !== null);
	return values.map((v) => {
		if (v === null) return null;
		const better = present.filter((other) => (higherBetter ? other > v : other < v)).length;
		return better + 1;
	});
}

/** Ranking direction: from the metric catalogue (src/lib/shared/metric-catalogue.ts). */
export { higherIsBetter } from '../../shared/metric-catalogue.ts';
