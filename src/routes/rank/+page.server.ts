import type { PageServerLoad } from './$types';
import { permissionsOf, requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { leagueTableOf, levelsBelow } from '$lib/server/views/rank/league-table.ts';
import { leagueQueryFrom } from '$lib/server/views/rank/league-query.ts';
import { LEAGUE_METRICS } from '$lib/server/views/rank/league.ts';

/** 排名: the league table of the regions of one level inside the chosen region. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const region = requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'rankings');
	const { query, table } = await answerInputErrors(async () => {
		const query = leagueQueryFrom(url.searchParams, region);
		return { query, table: await leagueTableOf(query) };
	});
	// a region's 名单 link leads to its 扩面人群 list, for roles that may see persons
	const personsLink = permissionsOf(locals.user!).persons !== 'none';
	return { query, table, personsLink, levels: levelsBelow(region), metrics: LEAGUE_METRICS.map(({ key, label }) => ({ key, label })) };
};
