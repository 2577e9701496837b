import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { loadedSnapshots } from '$lib/server/app/engine.ts';
import { defaultDatabasePath } from '$lib/server/project-root.ts';
import { deleteSnapshot } from '$lib/server/load/delete-snapshot.ts';
import { InputError } from '$lib/server/errors.ts';
import { LoadRefusal } from '$lib/server/load/refusal.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { abandonedUploads, removeAbandonedUpload } from '$lib/server/uploads/upload-jobs.ts';
import { requireSnapshotScope } from '$lib/server/auth/snapshot-scope.ts';

/** 快照管理 (admin): the loaded snapshots; deleting one goes through a working copy like a load. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'manageSnapshots');
	return { list: (await loadedSnapshots())?.snapshots ?? [], abandoned: abandonedUploads() };
};

export const actions: Actions = {
	delete: async ({ locals, url, request }) => {
		requireRegion(locals.user, url.searchParams.get('region'));
		requirePermission(locals.user, 'manageSnapshots');
		const asOf = String((await request.formData()).get('as_of') ?? '');
		// the 管理员's scope must cover the snapshot's (a county 管理员 cannot delete the province's quarter)
		const snapshots = (await loadedSnapshots())?.snapshots ?? [];
		const target = snapshots.find((s) => s.as_of === asOf);
		if (target) requireSnapshotScope(locals.user!, [target.scope], `删除 ${asOf} 的快照`);
		try {
			await deleteSnapshot(defaultDatabasePath(), asOf);
		} catch (e) {
			if (e instanceof InputError || e instanceof LoadRefusal) return fail(400, { message: e.message });
			throw e;
		}
		recordAudit({ user: locals.user!.username, role: locals.user!.role, action: 'snapshot-delete', query: { snapshot: asOf }, rows: 0 });
		return { deleted: asOf };
	},
	/** an abandoned upload's files (person data) removed by the 管理员 (issue 14 finding 11) */
	discardUpload: async ({ locals, url, request }) => {
		requireRegion(locals.user, url.searchParams.get('region'));
		requirePermission(locals.user, 'manageSnapshots');
		const id = String((await request.formData()).get('upload') ?? '');
		try {
			const removed = removeAbandonedUpload(id);
			recordAudit({ user: locals.user!.username, role: locals.user!.role, action: 'upload-discard', query: { upload: id, files: String(removed.files), bytes: String(removed.bytes) }, rows: 0 });
			return { discarded: id };
		} catch (e) {
			if (e instanceof InputError) return fail(400, { message: e.message });
			throw e;
		}
	}
};
