import { requireUser } from '../../auth/access.ts';
import { snapshotsNow } from '../../app/engine.ts';
import { batchListIds, batchRows, BATCH_PERSON_COLUMNS } from '../../views/batches/batch-list.ts';
import { codeNames } from '../code-names.ts';
import { listAccess, type OpenList } from '../person-list.ts';

/** 扩面任务 (/batches/[serial]): the persons of the user's part of a batch (one receiver, only the still open). */
export const batchList: OpenList = async ({ locals, params, url }, mode) => {
	const user = requireUser(locals.user);
	const access = listAccess(user, mode);
	const { db, snapshots } = await snapshotsNow();
	const dates = snapshots.map((s) => s.as_of);
	const latest = dates[dates.length - 1];
	const { open, ids } = await batchListIds(db, user, Number(params.serial), url.searchParams, latest);
	const names = await codeNames(db);
	const b = open.batch;
	return {
		read: async (limit, offset) => ({ columns: BATCH_PERSON_COLUMNS, rows: await batchRows(db, open, ids.slice(offset, offset + limit), latest, dates, names, access) }),
		user,
		page: '/batches',
		query: { batch: b.number, receiver: url.searchParams.get('receiver') ?? '', open: url.searchParams.get('open') ?? '' },
		export: {
			action: 'export-batch',
			title: `扩面任务名单 ${b.number}`,
			about: [`下发地区：${b.region}`, `险种：${b.insurance}`, `下发：${b.created_at} ${b.sender_name ?? b.sender}`, `完成期限：${b.due_date ?? '—'}`, `说明：${b.note || '—'}`, `参保状态按 ${latest} 快照`],
			fileName: `扩面任务-${b.number}`
		}
	};
};
