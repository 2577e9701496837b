/** Changes between two snapshots (docs/spec/METRICS.md "Changes between two snapshots"): row types and labels. */
import type { RegionLevel } from './region-code.ts';

export const CHANGE_CLASSES = ['insured', 'uninsured', 'excluded', 'other', 'absent'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

export const CLASS_LABELS: Record<ChangeClass, string> = {
	insured: '已参保',
	uninsured: '应参未参',
	excluded: '不计入',
	other: '其他',
	absent: '不在库'
};

/** The named figures, in the order of docs/spec/INTERFACE.md, with the labels the page shows. */
export const CHANGE_FIGURES = [
	{ key: 'newly_insured', label: '新增参保', hint: '上期应参未参、本期已参保' },
	{ key: 'lapsed', label: '流失（断保）', hint: '上期已参保、本期应参未参' },
	{ key: 'still_uninsured', label: '仍未参保', hint: '两期均应参未参' },
	{ key: 'new_uninsured', label: '新增应参未参', hint: '上期不在库、本期应参未参' },
	{ key: 'left', label: '离库', hint: '上期在库、本期不在库' },
	{ key: 'duplicates_cleared', label: '重复参保已清理', hint: '上期计入本地区重复参保、本期各地均不再重复' },
	{ key: 'duplicates_new', label: '新增重复参保', hint: '本期计入本地区重复参保、上期各地均无' },
	{ key: 'unmatched_a', label: '上期无法比对', hint: '上期身份号码空白或无效的人员记录' },
	{ key: 'unmatched_b', label: '本期无法比对', hint: '本期身份号码空白或无效的人员记录' }
] as const;
export type ChangeFigureKey = (typeof CHANGE_FIGURES)[number]['key'];

export type ChangeFigures = { matrix: Record<string, number> } & Record<ChangeFigureKey, number>;

/** `canbao changes --json` (docs/spec/INTERFACE.md). */
export interface ChangesResult extends ChangeFigures {
	from: string;
	to: string;
	insurance: string;
	region: { code: string; name: string | null; level: RegionLevel };
}

/** What the page shows beside the region's own figures: one row per reference child, then 本级. */
export interface ChangesView {
	result: ChangesResult;
	rows: { code: string; name: string; figures: ChangeFigures }[];
	own: ChangeFigures;
}

/** The matrix key of a transition, e.g. "uninsured>insured". */
export function transitionKey(a: ChangeClass, b: ChangeClass): string {
	return `${a}>${b}`;
}

/** The same quarter a year earlier (同比): 2017-12-31 → 2016-12-31, 2016-02-29 → 2015-02-28. */
export function yearEarlier(asOf: string): string {
	const [y, m, d] = asOf.split('-').map(Number);
	const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
	return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** 扩面任务 batches: how a list is split when sent down. */
export const BATCH_SPLITS = [
	{ key: 'region', label: '按户籍地（下级地区）' },
	{ key: 'unit', label: '按单位（AAB001）' }
] as const;
export type BatchSplit = (typeof BATCH_SPLITS)[number]['key'];

/** What a sender fills in for a batch (扩面任务). */
export interface BatchDraft {
	sender: string;
	sender_name: string | null;
	sender_role: string;
	region: string;
	insurance: string;
	split: BatchSplit;
	grp: string;
	as_of: string;
	note: string;
	due_date: string | null;
}

/** A batch as lists and its page show it (no person data). */
export interface BatchSummary extends BatchDraft {
	serial: number;
	number: string;
	created_at: string;
	ids: number;
}

/** What became of one receiving region's (or unit's) ids in one later snapshot. */
export interface FollowRow {
	key: string;
	name: string | null;
	sent: number;
	insured: number;
	uninsured: number;
	excluded: number;
	other: number;
	absent: number;
	/** 完成率: insured / (sent − excluded); null when nothing is left to enrol */
	rate: number | null;
}

export interface FollowSnapshot {
	as_of: string;
	rows: FollowRow[];
	total: FollowRow;
}
