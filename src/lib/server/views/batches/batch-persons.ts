import type { Database } from '../../db/database.ts';
import { maskRow, withName, type Column, type ListRow, type PersonAccess } from '../../persons/present.ts';
import type { CodeNames } from '../../persons/code-names.ts';
import type { BatchId } from './batch-store.ts';
import { maskAddress } from '../../../shared/masking.ts';

export const BATCH_PERSON_COLUMNS: Column[] = [
	{ key: 'aac003', label: '姓名' },
	{ key: 'id', label: '公民身份号码' },
	{ key: 'receiver', label: '接收地区' },
	{ key: 'code', label: '所属地区' },
	{ key: 'aab001', label: '单位编号' },
	{ key: 'status', label: '参保状态' },
	{ key: 'aac010', label: '户籍地址' },
	{ key: 'aae005', label: '联系电话' }
];

/**
 * The persons of a page of a batch's ids as the list shows them: name, phone and status from snapshot
 * `asOf` (the latest), or from the snapshot the batch was drawn from for ids absent there; masked per role.
 */
export async function batchPersons(db: Database, ids: BatchId[], asOf: string, source: string | null, digit: string, names: CodeNames, access: PersonAccess): Promise<ListRow[]> {
	type Found = { id: string; aac003: string | null; aac002: string | null; aae005: string | null; aac010: string | null; code: string | null; status: string | null };
	const lookup = async (date: string, wanted: BatchId[]): Promise<Found[]> =>
		wanted.length === 0 ? [] : db.query<Found>('changes/batch-persons', { as_of: date, insurance: digit, ids: wanted.map((r) => r.id).join(',') });
	const found = new Map((await lookup(asOf, ids)).map((r) => [r.id, { ...r, absent: false }]));
	const missing = ids.filter((r) => !found.has(r.id));
	if (source && source !== asOf) for (const r of await lookup(source, missing)) found.set(r.id, { ...r, absent: true });
	const statusNames = names.get('AIC003');
	return ids.map((r) => {
		const p = found.get(r.id);
		const status = !p ? '（不在库）' : p.absent ? '（本期不在库）' : (p.status ?? '').split('/').map((s) => withName(s, statusNames)).join('；');
		return maskRow({ aac003: p?.aac003 ?? null, id: r.id, receiver: r.receiver, code: r.code, aab001: r.aab001, status, aac010: access === 'full' ? (p?.aac010 ?? null) : maskAddress(p?.aac010), aae005: p?.aae005 ?? null }, access);
	});
}
