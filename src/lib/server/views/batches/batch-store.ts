import type { WorkStore } from '../../store/work-store.ts';
import type { BatchDraft, BatchSplit, BatchSummary } from '../../../shared/changes.ts';

/** One id of a batch, frozen when sent: its receiving region, placement code and 单位. */
export interface BatchId {
	id: string;
	receiver: string;
	code: string;
	aab001: string | null;
}

export type { BatchDraft };

// ids, receivers, codes and units travel as one string each (the driver binds scalars only); ids and
// region codes are digits/X, units anything but the separator
const SEP = '\u001e';

/** 批次号: KM, the year sent, the store's serial (KM2026-0007). */
export function batchNumber(createdAt: Date, serial: number): string {
	return `KM${createdAt.getUTCFullYear()}-${String(serial).padStart(4, '0')}`;
}

/** Sends a batch: the batch row and all its ids in one transaction (all or nothing, durable on return). */
export async function createBatch(store: WorkStore, draft: BatchDraft, ids: BatchId[], now = new Date()): Promise<BatchSummary> {
	await store.ensure('batches');
	const serial = await store.transaction(async (db) => {
		const [{ next }] = await db.all<{ next: number }>('SELECT (coalesce(max(serial), 0) + 1)::INTEGER AS next FROM batches');
		await db.run(
			`INSERT INTO batches VALUES ($serial, $number, $created_at::TIMESTAMP, $sender, $sender_name, $sender_role, $region, $insurance,
				$split, $grp, $as_of::DATE, $note, $due_date::DATE, $ids)`,
			{ ...draft, serial: next, number: batchNumber(now, next), created_at: now.toISOString(), ids: ids.length }
		);
		if (ids.length > 0) {
			await db.run(
				`INSERT INTO batch_ids
				SELECT $serial, unnest(string_split($ids, $sep)), unnest(string_split($receivers, $sep)), unnest(string_split($codes, $sep)),
					nullif(unnest(string_split($units, $sep)), '')`,
				{
					serial: next,
					sep: SEP,
					ids: ids.map((r) => r.id).join(SEP),
					receivers: ids.map((r) => r.receiver).join(SEP),
					codes: ids.map((r) => r.code).join(SEP),
					units: ids.map((r) => (r.aab001 ?? '').replaceAll(SEP, ' ')).join(SEP)
				}
			);
		}
		return next;
	});
	return (await getBatch(store, serial)) as BatchSummary;
}

const BATCH_COLUMNS = `serial, number, strftime(created_at, '%Y-%m-%d %H:%M') AS created_at, sender, sender_name, sender_role,
	region, insurance, split, grp, strftime(as_of, '%Y-%m-%d') AS as_of, note, strftime(due_date, '%Y-%m-%d') AS due_date, ids`;

/** Every batch with the receiving regions of its ids, newest first. */
export async function listBatches(store: WorkStore): Promise<(BatchSummary & { receivers: string[] })[]> {
	await store.ensure('batches');
	return store.all<BatchSummary & { receivers: string[] } & Record<string, unknown>>(
		`SELECT ${BATCH_COLUMNS}, coalesce((SELECT list(DISTINCT receiver ORDER BY receiver) FROM batch_ids i WHERE i.serial = b.serial), []) AS receivers
		FROM batches b ORDER BY serial DESC`
	);
}

/** The newest batch's serial, 0 with none (queries/store/batches-latest-serial.sql). */
export async function latestSerial(store: WorkStore): Promise<number> {
	await store.ensure('batches');
	const [{ serial }] = await store.query<{ serial: number }>('store/batches-latest-serial');
	return serial;
}

export async function getBatch(store: WorkStore, serial: number): Promise<BatchSummary | null> {
	await store.ensure('batches');
	const [row] = await store.all<BatchSummary & Record<string, unknown>>(`SELECT ${BATCH_COLUMNS} FROM batches WHERE serial = $serial`, { serial });
	return row ?? null;
}

export async function batchIds(store: WorkStore, serial: number): Promise<BatchId[]> {
	await store.ensure('batches');
	return store.all<BatchId & Record<string, unknown>>('SELECT id, receiver, code, aab001 FROM batch_ids WHERE serial = $serial ORDER BY receiver, code, id', { serial });
}
