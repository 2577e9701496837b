import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { createUpload } from '$lib/server/uploads/upload-jobs.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { requireSnapshotScope } from '$lib/server/auth/snapshot-scope.ts';

/** 快照管理: starts an upload (admin only); files then arrive in pieces at /snapshots/uploads/<id>. */
export const POST: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'manageSnapshots');
	// an upload adds to or replaces the loaded quarters: the 管理员's scope must cover theirs (issue 14, finding 2)
	const { snapshots } = await snapshotsNow().catch(() => ({ snapshots: [] as { scope: string }[] }));
	requireSnapshotScope(locals.user!, snapshots.map((s) => s.scope), '上传快照');
	return json(await answerInputErrors(async () => createUpload()));
};
