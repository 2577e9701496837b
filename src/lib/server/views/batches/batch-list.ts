import { error } from '@sveltejs/kit';
import type { PublicUser } from '../../auth/users.ts';
import type { Database } from '../../db/database.ts';
import type { ListRow, PersonAccess } from '../../persons/present.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import { insuranceByKey } from '../../../shared/insurances.ts';
import { workStore } from '../../store/work-store.ts';
import { openBatch, openIds, type OpenBatch } from './batches.ts';
import { batchPersons, BATCH_PERSON_COLUMNS } from './batch-persons.ts';
import type { BatchId } from './batch-store.ts';

/**
 * The ids a batch list shows: the user's part, one receiving region of it (`receiver`), and only the ids
 * still open in the latest snapshot (`open=1`, when a snapshot after the batch's is loaded).
 */
export async function batchListIds(db: Database, user: PublicUser, serial: number, params: URLSearchParams, latest: string): Promise<{ open: OpenBatch; ids: BatchId[] }> {
	const open = await openBatch(await workStore(), user, serial);
	let ids = open.ids;
	const receiver = params.get('receiver');
	if (receiver) {
		if (!/^\d{2,12}$/.test(receiver)) error(400, `接收地区代码“${receiver.slice(0, 20)}”无效`);
		ids = ids.filter((r) => r.receiver === receiver);
	}
	if (params.get('open') === '1' && latest > open.batch.as_of) {
		const still = new Set((await openIds(db, { ...open, ids }, latest)).map((r) => r.id));
		ids = ids.filter((r) => still.has(r.id));
	}
	return { open, ids };
}

export async function batchRows(db: Database, open: OpenBatch, ids: BatchId[], latest: string, snapshots: string[], names: CodeNames, access: PersonAccess): Promise<ListRow[]> {
	const digit = insuranceByKey(open.batch.insurance)?.digit ?? '1';
	const source = snapshots.includes(open.batch.as_of) ? open.batch.as_of : null;
	return batchPersons(db, ids, latest, source, digit, names, access);
}

export { BATCH_PERSON_COLUMNS };
