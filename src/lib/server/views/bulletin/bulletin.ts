import { currentPlan } from '../../app/engine.ts';
import { scheduleFor } from '../../plan/plan.ts';
import { childLength, levelOf } from '../../../shared/region-code.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import { overviewOf, type Overview } from '../overview/overview.ts';
import { leagueTableOf, type LeagueTable } from '../rank/league-table.ts';
import { DEFAULT_ARROW_GAP, type LeagueRow } from '../rank/league.ts';
import { bulletinSentences } from './bulletin-text.ts';

/** The 通报 of a region and snapshot: summary sentences, the ranking of its children, top and bottom five, the trend. */
export interface Bulletin {
	overview: Overview;
	league: LeagueTable;
	sentences: string[];
	top: LeagueRow[];
	bottom: LeagueRow[];
}

export async function bulletinOf(region: string, snapshot: string | undefined, insurance: InsuranceKey): Promise<Bulletin> {
	const overview = await overviewOf(region, snapshot, insurance);
	const asOf = overview.metrics.snapshot;
	const league = await leagueTableOf({ region, snapshot: asOf, vs: null, insurance, level: null, metric: 'coverage', sort: 'rank', direction: 'asc', gap: DEFAULT_ARROW_GAP });
	const m = overview.metrics.metrics;
	const ranked = league.rows.filter((r) => r.rank !== null);
	const length = childLength(region);
	const sentences = bulletinSentences({
		regionName: overview.metrics.region.name,
		insurance,
		snapshot: asOf,
		previousSnapshot: league.previousSnapshot,
		coverage: m[`${insurance}.coverage`] as number | null,
		delta: m[`${insurance}.coverage_delta`] as number | null,
		target: overview.target,
		uninsured: m[`${insurance}.uninsured`] as number | null,
		gap: m[`${insurance}.gap_to_target`] as number | null,
		registrationRate: m.registration_rate as number | null,
		verificationRate: m.verification_rate as number | null,
		childLevel: length === null ? null : levelOf('0'.repeat(length)),
		children: ranked.map((r) => ({ label: r.label, coverage: r.coverage, status: r.status, behind: r.behind })),
		scheduleName: scheduleFor(currentPlan(), region).schedule.name
	});
	const count = Math.min(5, Math.floor(ranked.length / 2));
	return { overview, league, sentences, top: ranked.slice(0, count), bottom: ranked.slice(-count).reverse() };
}
