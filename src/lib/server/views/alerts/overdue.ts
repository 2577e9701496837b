import type { Database } from '../../db/database.ts';
import type { WorkStore } from '../../store/work-store.ts';
import { insuranceByKey } from '../../../shared/insurances.ts';
import { batchIds, listBatches } from '../batches/batch-store.ts';
import { receiverNames } from '../batches/batches.ts';
import { classesIn, isOpen } from '../batches/follow-up.ts';
import { batchOverdueAlerts, type BatchFacts, type NewAlert } from './detect.ts';

/**
 * Per receiving region of every batch past its 完成期限 on `today`: how many of its ids are still open
 * (neither insured nor excluded, absent ones included) in snapshot `latest` — the batch page's follow-up
 * rule (views/batches/follow-up.ts), read for the newest data there is.
 */
export async function overdueFacts(store: WorkStore, db: Database, latest: string, today: string): Promise<BatchFacts[]> {
	const due = (await listBatches(store)).filter((b) => b.due_date !== null && b.due_date < today);
	const facts: BatchFacts[] = [];
	for (const b of due) {
		const ids = await batchIds(store, b.serial);
		const classes = await classesIn(db, ids, latest, insuranceByKey(b.insurance)?.digit ?? '1');
		const names = await receiverNames(db, b.region, b.as_of);
		const open = new Map<string, number>();
		for (const r of ids) if (isOpen(classes, r.id)) open.set(r.receiver, (open.get(r.receiver) ?? 0) + 1);
		for (const [receiver, n] of open) facts.push({ number: b.number, due: b.due_date, receiver, label: names.get(receiver) ?? receiver, open: n });
	}
	return facts;
}

/** The overdue-batch alerts of `today` against snapshot `latest` (issue 18 item 4). */
export async function overdueAlerts(store: WorkStore, db: Database, latest: string, today: string): Promise<NewAlert[]> {
	return batchOverdueAlerts(await overdueFacts(store, db, latest, today), today);
}
