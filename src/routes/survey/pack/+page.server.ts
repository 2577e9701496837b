import type { PageServerLoad } from './$types';
import { viewContext } from '$lib/server/app/page-context.ts';
import { currentDatabase } from '$lib/server/app/database-handle.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { buildPack } from '$lib/server/views/survey/pack.ts';
import { requirePackAccess } from '$lib/server/views/survey/pack-access.ts';

/** The printable 入户调查 pack of a village or township (经办 only); opening it is audited, printing too (./printed). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requirePackAccess(locals.user, url.searchParams.get('region'), 'view-survey-pack');
	const { user, region, asOf } = await viewContext(locals.user, url);
	const db = await currentDatabase();
	const pack = await answerInputErrors(() => buildPack(db, region, asOf));
	recordAudit({ user: user.username, role: user.role, action: 'view-survey-pack', query: { page: '/survey/pack', region, snapshot: asOf }, rows: pack.persons });
	return { pack };
};
