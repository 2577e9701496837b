import type { LayoutServerLoad } from './$types';
import { loadedSnapshots } from '$lib/server/app/engine.ts';
import { trailOf } from '$lib/server/app/entry-points.ts';
import { permissionsOf } from '$lib/server/auth/access.ts';
import { isRegionCode } from '$lib/shared/region-code.ts';

/** Who is signed in, what they may do, the loaded snapshots and the breadcrumb of the chosen region. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) return { user: null, permissions: null, snapshots: [], trail: [], databaseMissing: false };
	const loaded = await loadedSnapshots();
	if (loaded) {
		const { snapshots } = loaded;
		const region = url.searchParams.get('region') ?? user.scope;
		const trail = isRegionCode(region) && region.startsWith(user.scope)
			? await trailOf({ region })
			: [];
		return {
			user,
			permissions: permissionsOf(user),
			snapshots: snapshots.map((s) => s.as_of),
			trail: trail.filter((r) => r.code.length >= user.scope.length),
			databaseMissing: false
		};
	}
	return { user, permissions: permissionsOf(user), snapshots: [], trail: [], databaseMissing: true };
};
