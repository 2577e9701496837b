import type { RequestHandler } from './$types';
import { viewContext } from '$lib/server/app/page-context.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { requirePackAccess } from '$lib/server/views/survey/pack-access.ts';

/** The pack page reports each print (the browser's beforeprint) here, so every printed pack is in the audit log. */
export const POST: RequestHandler = async ({ locals, url }) => {
	requirePackAccess(locals.user, url.searchParams.get('region'), 'print-survey-pack');
	const { user, region, asOf } = await viewContext(locals.user, url);
	const persons = Number(url.searchParams.get('persons') ?? '0');
	recordAudit({ user: user.username, role: user.role, action: 'print-survey-pack', query: { page: '/survey/pack', region, snapshot: asOf }, rows: Number.isFinite(persons) ? persons : 0 });
	return new Response(null, { status: 204 });
};
