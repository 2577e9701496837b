import type { PageServerLoad } from './$types';
import { permissionsOf, requireUser } from '$lib/server/auth/access.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { batchFollowOf } from '$lib/server/app/entry-points.ts';
import { workStore } from '$lib/server/store/work-store.ts';
import { openBatch } from '$lib/server/views/batches/batches.ts';

/** One batch: what was sent, and per later snapshot what became of the user's part of it. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const user = requireUser(locals.user);
	const open = await openBatch(await workStore(), user, Number(params.serial));
	const snapshots = (await snapshotsNow()).snapshots.map((s) => s.as_of);
	const latest = snapshots[snapshots.length - 1];
	const follow = await batchFollowOf({ open, snapshots, latest });
	return {
		batch: open.batch,
		partScope: open.part.all ? null : user.scope,
		sentToPart: open.ids.length,
		follow,
		canList: permissionsOf(user).persons !== 'none',
		canExport: permissionsOf(user).exportPersons
	};
};
