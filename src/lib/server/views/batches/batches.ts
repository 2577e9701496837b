import { error } from '@sveltejs/kit';
import type { Database } from '../../db/database.ts';
import type { WorkStore } from '../../store/work-store.ts';
import type { PublicUser } from '../../auth/users.ts';
import { InputError } from '../../errors.ts';
import { regionWithChildren } from '../../metrics/regions.ts';
import { EXPANSION_GROUPS, insuranceByKey, INSURANCES } from '../../../shared/insurances.ts';
import { childLength, isRegionCode } from '../../../shared/region-code.ts';
import { BATCH_SPLITS, type BatchSplit, type BatchSummary, type FollowSnapshot } from '../../../shared/changes.ts';
import { batchIds, createBatch, getBatch, listBatches, type BatchId } from './batch-store.ts';
import { batchPart, inPart, type BatchPart } from './batch-access.ts';
import { classesIn, isOpen, tally } from './follow-up.ts';

/** A batch holds at most this many ids (a list larger than that is to be cut by region or group). */
export const BATCH_MAX_IDS = 200_000;

/** 规划 and 督导 send lists down (issue 17). */
export function canSendBatches(user: PublicUser): boolean {
	return user.role === 'planner' || user.role === 'supervisor';
}

export interface BatchInput {
	region: string;
	insurance: string;
	split: string;
	group: string;
	note: string;
	due_date: string;
}

/** Checks what the form sent, naming the field in Chinese. */
export function checkBatchInput(user: PublicUser, input: BatchInput): { region: string; digit: string; split: BatchSplit; group: string; note: string; due: string | null } {
	if (!isRegionCode(input.region)) throw new InputError(`地区代码“${input.region.slice(0, 20)}”无效`);
	if (!input.region.startsWith(user.scope)) error(403, `无权向地区 ${input.region} 下发名单：您的权限范围是 ${user.scope}`);
	const ins = insuranceByKey(input.insurance);
	if (!ins) throw new InputError(`险种无效，应为 ${INSURANCES.map((i) => i.label).join('、')} 之一`);
	if (!BATCH_SPLITS.some((s) => s.key === input.split)) throw new InputError('拆分方式无效：应为按户籍地或按单位');
	if (input.group !== '' && !EXPANSION_GROUPS.some((g) => g.key === input.group)) throw new InputError(`扩面人群“${input.group.slice(0, 20)}”无效`);
	const note = input.note.trim();
	if (note.length > 500) throw new InputError('说明过长：最多 500 字');
	const due = input.due_date.trim();
	if (due !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due)))) throw new InputError(`完成期限“${due.slice(0, 20)}”格式不正确，应为 YYYY-MM-DD`);
	return { region: input.region, digit: ins.digit, split: input.split as BatchSplit, group: input.group, note, due: due || null };
}

/** The ids a list would send (queries/changes/batch-candidates.sql). */
export async function candidateIds(db: Database, region: string, asOf: string, digit: string, group: string): Promise<BatchId[]> {
	const rows = await db.query<{ id: string; code: string; aab001: string | null; receiver: string }>('changes/batch-candidates', {
		region, as_of: asOf, insurance: digit, group, child_len: childLength(region) ?? 0
	});
	return rows.map((r) => ({ id: r.id, receiver: r.receiver, code: r.code, aab001: r.aab001 }));
}

/** Builds the list from snapshot `asOf` and sends it as a numbered batch (work store, one transaction). */
export async function sendBatch(store: WorkStore, db: Database, user: PublicUser, asOf: string, input: BatchInput): Promise<BatchSummary> {
	if (!canSendBatches(user)) error(403, '只有规划、督导角色可以下发扩面名单');
	const c = checkBatchInput(user, input);
	const ids = await candidateIds(db, c.region, asOf, c.digit, c.group);
	if (ids.length === 0) throw new InputError('该地区、险种（和人群）在所选快照中没有应参未参人员，未生成名单');
	if (ids.length > BATCH_MAX_IDS) throw new InputError(`名单有 ${ids.length} 人，超过单批上限 ${BATCH_MAX_IDS} 人：请选下级地区或扩面人群分批下发`);
	return createBatch(store, {
		sender: user.username, sender_name: user.displayName, sender_role: user.role, region: c.region,
		insurance: input.insurance, split: c.split, grp: c.group, as_of: asOf, note: c.note, due_date: c.due
	}, ids);
}

/** The batches a user may see (any part of), newest first. */
export async function visibleBatches(store: WorkStore, user: PublicUser): Promise<BatchSummary[]> {
	const all = await listBatches(store);
	return all.filter((b) => batchPart(user.scope, b.region, b.receivers) !== null).map(({ receivers: _r, ...b }) => b);
}

export interface OpenBatch {
	batch: BatchSummary;
	part: Exclude<BatchPart, null>;
	/** the ids of the user's part */
	ids: BatchId[];
}

/** A batch and the user's part of it; 404 when unknown, 403 for a user outside its regions. */
export async function openBatch(store: WorkStore, user: PublicUser, serial: number): Promise<OpenBatch> {
	const batch = Number.isInteger(serial) && serial > 0 ? await getBatch(store, serial) : null;
	if (!batch) error(404, '没有这个批次');
	const all = await batchIds(store, serial);
	const part = batchPart(user.scope, batch.region, [...new Set(all.map((r) => r.receiver))]);
	const ids = part ? all.filter((r) => inPart(part, r)) : [];
	if (!part || (!part.all && ids.length === 0)) error(403, `无权查看批次 ${batch.number}：不在您的权限范围 ${user.scope} 之内`);
	return { batch, part, ids };
}

/**
 * What became of the part's ids in every snapshot after the one the batch was drawn from, per receiving
 * region (per 单位 for a batch split by unit), oldest first.
 */
export async function followUp(db: Database, open: OpenBatch, snapshots: string[]): Promise<FollowSnapshot[]> {
	const digit = insuranceByKey(open.batch.insurance)?.digit ?? '1';
	const later = snapshots.filter((s) => s > open.batch.as_of);
	const names = await receiverNames(db, open.batch.region, open.batch.as_of);
	const byUnit = open.batch.split === 'unit';
	const out: FollowSnapshot[] = [];
	for (const asOf of later) {
		const classes = await classesIn(db, open.ids, asOf, digit);
		out.push(tally(open.ids, classes, byUnit ? (r) => r.aab001 ?? '' : (r) => r.receiver, byUnit ? (k) => (k === '' ? '（无单位）' : null) : (k) => names.get(k) ?? null, asOf));
	}
	return out;
}

/** The part's ids still open (neither insured nor excluded) in snapshot `asOf`. */
export async function openIds(db: Database, open: OpenBatch, asOf: string): Promise<BatchId[]> {
	const digit = insuranceByKey(open.batch.insurance)?.digit ?? '1';
	const classes = await classesIn(db, open.ids, asOf, digit);
	return open.ids.filter((r) => isOpen(classes, r.id));
}

/** Names of the batch region and its children ("<region>本级" for the region itself). */
export async function receiverNames(db: Database, region: string, asOf: string): Promise<Map<string, string>> {
	const { region: info, children } = await regionWithChildren(db, region, asOf);
	const names = new Map(children.filter((c) => c.name !== null).map((c) => [c.code, c.name as string]));
	names.set(region, `${info.name ?? region}本级`);
	return names;
}
