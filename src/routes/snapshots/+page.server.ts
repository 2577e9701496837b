import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { loadedSnapshots } from '$lib/server/app/engine.ts';
import { defaultDatabasePath } from '$lib/server/project-root.ts';
import { deleteSnapshot } from '$lib/server/load/delete-snapshot.ts';
import { InputError } from '$lib/server/errors.ts';
import { LoadRefusal } from '$lib/server/load/refusal.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** 快照管理 (admin): the loaded snapshots; deleting one goes through a working copy like a load. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'manageSnapshots');
	return { list: (await loadedSnapshots())?.snapshots ?? [] };
};

export const actions: Actions = {
	delete: async ({ locals, url, request }) => {
		requireRegion(locals.user, url.searchParams.get('region'));
		requirePermission(locals.user, 'manageSnapshots');
		const asOf = String((await request.formData()).get('as_of') ?? '');
		try {
			await deleteSnapshot(defaultDatabasePath(), asOf);
		} catch (e) {
			if (e instanceof InputError || e instanceof LoadRefusal) return fail(400, { message: e.message });
			throw e;
		}
		recordAudit({ user: locals.user!.username, role: locals.user!.role, action: 'snapshot-delete', query: { snapshot: asOf }, rows: 0 });
		return { deleted: asOf };
	}
};
