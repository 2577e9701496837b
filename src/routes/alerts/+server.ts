import { json, type RequestHandler } from '@sveltejs/kit';
import { requireRegion, requireUser } from '$lib/server/auth/access.ts';
import { alertsFor } from '$lib/server/views/alerts/alerts-of.ts';

/** GET /alerts?region=…: the open alerts of the latest load for the region and the regions under it (inside the user's scope). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals.user);
	const region = requireRegion(user, url.searchParams.get('region') ?? user.scope);
	return json({ alerts: await alertsFor(region, user.username) });
};
