import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requirePermission, requireRegion } from '$lib/server/auth/access.ts';
import { answerInputErrors } from '$lib/server/app/http.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { defaultDatabasePath } from '$lib/server/project-root.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { requireSnapshotScope } from '$lib/server/auth/snapshot-scope.ts';
import { appendUploadedChunk } from '$lib/server/uploads/upload-files.ts';
import { discardUpload, failUpload, notePiece, receivingUpload, startLiveLoad, startValidation, uploadStatus } from '$lib/server/uploads/upload-jobs.ts';
import { LimitError } from '$lib/server/uploads/upload-limits.ts';

/**
 * One upload: PUT ?name=&offset= receives a piece of a file (streamed to disk, counted against the
 * limits of upload-limits.ts); POST {action:'validate'} loads it into a scratch database, POST
 * {action:'load', confirmShrink} (after the admin saw the result) loads it into the live database in a
 * child process; GET reports the phase and step; DELETE drops it.
 */
function guard(locals: App.Locals, url: URL) {
	requireRegion(locals.user, url.searchParams.get('region'));
	requirePermission(locals.user, 'manageSnapshots');
	return locals.user!;
}

export const GET: RequestHandler = async ({ locals, url, params }) => {
	guard(locals, url);
	return json(await answerInputErrors(async () => uploadStatus(params.id)));
};

export const PUT: RequestHandler = async ({ locals, url, params, request }) => {
	guard(locals, url);
	const name = url.searchParams.get('name') ?? '';
	const offset = Number(url.searchParams.get('offset') ?? '0');
	if (!Number.isSafeInteger(offset) || offset < 0) error(400, '片段起点无效');
	return json(
		await answerInputErrors(async () => {
			const allowance = receivingUpload(params.id, offset);
			if (!request.body && Number(request.headers.get('content-length') ?? 0) > 0) error(400, '未收到文件内容（请求缺少 content-type）');
			const body = (request.body ?? new Uint8Array(0)) as AsyncIterable<Uint8Array> | Uint8Array;
			let received: number;
			try {
				received = await appendUploadedChunk(params.id, name, offset, body, allowance);
			} catch (e) {
				// a limit hit: the whole upload is refused and its files removed
				if (e instanceof LimitError) failUpload(params.id, e.message);
				throw e;
			}
			notePiece(params.id, received - offset, offset === 0);
			return { received };
		})
	);
};

export const POST: RequestHandler = async ({ locals, url, params, request }) => {
	const user = guard(locals, url);
	const { action, confirmShrink } = (await request.json().catch(() => ({}))) as { action?: string; confirmShrink?: boolean };
	return json(
		await answerInputErrors(async () => {
			if (action === 'validate') {
				const { snapshots } = await snapshotsNow().catch(() => ({ snapshots: [] as { as_of: string; persons: number }[] }));
				return startValidation(params.id, snapshots);
			}
			if (action === 'load') {
				requireSnapshotScope(user, uploadStatus(params.id).summaries.map((s) => s.scope), '导入快照');
				const status = startLiveLoad(params.id, defaultDatabasePath(), confirmShrink === true);
				recordAudit({
					user: user.username,
					role: user.role,
					action: 'snapshot-load',
					query: {
						snapshots: status.summaries.map((s) => s.asOf).join(','),
						...(status.shrinks.length ? { confirmed_shrink: status.shrinks.map((s) => `${s.asOf}:${s.before}->${s.after}`).join(',') } : {})
					},
					rows: status.summaries.reduce((n, s) => n + s.rows.persons, 0)
				});
				return status;
			}
			error(400, '未知操作：应为 validate 或 load');
		})
	);
};

export const DELETE: RequestHandler = async ({ locals, url, params }) => {
	guard(locals, url);
	await answerInputErrors(async () => discardUpload(params.id));
	return json({ ok: true });
};
