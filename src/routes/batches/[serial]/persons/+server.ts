import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission, requireUser } from '$lib/server/auth/access.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { batchListIds, batchRows, BATCH_PERSON_COLUMNS } from '$lib/server/views/batches/batch-list.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { pageOf, pageWindow, splitPage } from '$lib/server/persons/paging.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** One page of the persons of the user's part of a batch, masked per role; audited. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = requireUser(locals.user);
	const access = requirePermission(user, 'persons') as 'masked' | 'full';
	const { db, snapshots } = await snapshotsNow();
	const dates = snapshots.map((s) => s.as_of);
	const latest = dates[dates.length - 1];
	const { open, ids } = await batchListIds(db, user, Number(params.serial), url.searchParams, latest);
	const page = pageOf(url.searchParams.get('page'));
	const { limit, offset } = pageWindow(page);
	const rows = await batchRows(db, open, ids.slice(offset, offset + limit), latest, dates, await codeNames(db), access);
	const shown = splitPage(rows);
	recordAudit({
		user: user.username, role: user.role, action: 'view-persons',
		query: { page: '/batches', batch: open.batch.number, receiver: url.searchParams.get('receiver') ?? '', open: url.searchParams.get('open') ?? '', list_page: page },
		rows: shown.rows.length
	});
	return json({ columns: BATCH_PERSON_COLUMNS, rows: shown.rows, page, hasMore: shown.hasMore });
};
