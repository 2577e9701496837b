import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { createUpload } from '$lib/server/uploads/upload-jobs.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';

/** 快照管理: starts an upload (admin only); files then arrive in pieces at /snapshots/uploads/<id>. */
export const POST: RequestHandler = async ({ locals, url }) => {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'manageSnapshots');
	return json(await answerInputErrors(async () => createUpload()));
};
