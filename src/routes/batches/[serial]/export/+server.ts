import type { RequestHandler } from './$types';
import { permissionsOf, requirePermission, requireUser } from '$lib/server/auth/access.ts';
import { snapshotsNow } from '$lib/server/app/engine.ts';
import { batchListIds, batchRows, BATCH_PERSON_COLUMNS } from '$lib/server/views/batches/batch-list.ts';
import { codeNames } from '$lib/server/persons/code-names.ts';
import { EXPORT_LIMIT } from '$lib/server/persons/paging.ts';
import { attachment, personsWorkbook, XLSX_TYPE } from '$lib/server/persons/persons-xlsx.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** The user's part of a batch as Excel (masked per role, up to EXPORT_LIMIT rows); audited. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = requireUser(locals.user);
	requirePermission(user, 'exportPersons');
	const access = permissionsOf(user).persons === 'full' ? 'full' : 'masked';
	const { db, snapshots } = await snapshotsNow();
	const dates = snapshots.map((s) => s.as_of);
	const latest = dates[dates.length - 1];
	const { open, ids } = await batchListIds(db, user, Number(params.serial), url.searchParams, latest);
	const rows = await batchRows(db, open, ids.slice(0, EXPORT_LIMIT), latest, dates, await codeNames(db), access);
	const b = open.batch;
	const buffer = await personsWorkbook({
		title: `扩面任务名单 ${b.number}`,
		about: [`下发地区：${b.region}`, `险种：${b.insurance}`, `下发：${b.created_at} ${b.sender_name ?? b.sender}`, `完成期限：${b.due_date ?? '—'}`, `说明：${b.note || '—'}`, `参保状态按 ${latest} 快照`],
		columns: BATCH_PERSON_COLUMNS,
		rows,
		truncatedAt: ids.length > EXPORT_LIMIT ? EXPORT_LIMIT : undefined
	});
	recordAudit({ user: user.username, role: user.role, action: 'export-batch', query: { batch: b.number, receiver: url.searchParams.get('receiver') ?? '', open: url.searchParams.get('open') ?? '' }, rows: rows.length });
	return new Response(new Uint8Array(buffer), {
		headers: { 'content-type': XLSX_TYPE, 'content-disposition': attachment(`扩面任务-${b.number}.xlsx`) }
	});
};
