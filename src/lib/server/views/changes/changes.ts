import type { Database } from '../../db/database.ts';
import { InputError } from '../../errors.ts';
import { listSnapshots } from '../../metrics/snapshots.ts';
import { assertRegionCode, regionWithChildren } from '../../metrics/regions.ts';
import { insuranceByKey, INSURANCES } from '../../../shared/insurances.ts';
import { CHANGE_FIGURES, type ChangeFigures, type ChangesResult, type ChangesView } from '../../../shared/changes.ts';
import { emptyFigures, figuresOf, type ChildCounts } from './figures.ts';

export interface ChangesQuery {
	region: string;
	from: string;
	to: string;
	insurance?: string;
}

/** Checks the request: a region code, two loaded snapshots with `from` before `to`, a known insurance. */
export async function checkChangesQuery(db: Database, q: ChangesQuery): Promise<{ region: string; from: string; to: string; insurance: string; digit: string }> {
	const region = assertRegionCode(q.region);
	const insurance = q.insurance ?? 'pension';
	const ins = insuranceByKey(insurance);
	if (!ins) throw new InputError(`险种“${insurance}”无效，应为 ${INSURANCES.map((i) => i.key).join('、')} 之一`);
	const loaded = (await listSnapshots(db)).map((s) => s.as_of);
	for (const [flag, date] of [['--from', q.from], ['--to', q.to]] as const) {
		if (!date) throw new InputError(`缺少 ${flag} 快照日期（YYYY-MM-DD）`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(`快照日期“${date}”格式不正确，应为 YYYY-MM-DD`);
		if (!loaded.includes(date)) throw new InputError(`没有 ${date} 的快照；已导入：${loaded.join('、') || '无'}`);
	}
	if (q.from >= q.to) throw new InputError(`比较的两期快照应先后有序：${q.from} 应早于 ${q.to}`);
	return { region, from: q.from, to: q.to, insurance, digit: ins.digit };
}

/**
 * docs/spec/METRICS.md "Changes between two snapshots" for one region, from the per-id summaries written at load
 * (agg_id_class, agg_duplicate_person, agg_id_unmatched): the region's figures and the same per
 * reference child, with everything reaching no reference child in the 本级 row.
 */
export async function buildChanges(db: Database, q: ChangesQuery): Promise<ChangesView> {
	const { region, from, to, insurance, digit } = await checkChangesQuery(db, q);
	const { region: info, children, childLength } = await regionWithChildren(db, region, to);
	const params = { region, from, to, insurance: digit, child_len: childLength ?? 0 };
	// the default comparison (a snapshot and the one loaded before it) reads the load-time matrix; any other pair joins
	const [{ ready }] = await db.query<{ ready: boolean }>('changes/matrix-ready', params);
	const [matrix, duplicates, unmatched] = await Promise.all([
		db.query<{ child: string; class_a: string; class_b: string; n: number }>(ready ? 'changes/matrix-counts' : 'changes/matrix', params),
		db.query<{ child: string; kind: string; n: number }>('changes/duplicates', params),
		db.query<{ child: string; side: string; n: number }>('changes/unmatched', params)
	]);
	const named = children.filter((c) => c.name !== null);
	const reference = new Set(named.map((c) => c.code));
	const counts = new Map<string, ChildCounts>();
	const at = (child: string) => {
		const key = reference.has(child) ? child : '';
		let c = counts.get(key);
		if (!c) counts.set(key, (c = { matrix: [], duplicates: [], unmatched: [] }));
		return c;
	};
	for (const r of matrix) at(r.child).matrix.push(r);
	for (const r of duplicates) at(r.child).duplicates.push(r);
	for (const r of unmatched) at(r.child).unmatched.push(r);
	const all: ChildCounts = { matrix, duplicates, unmatched };
	const figures = (key: string): ChangeFigures => {
		const c = counts.get(key);
		return c ? figuresOf(c) : emptyFigures();
	};
	const result: ChangesResult = { from, to, insurance, region: info, ...figuresOf(all) };
	return {
		result,
		rows: named.map((c) => ({ code: c.code, name: c.name as string, figures: figures(c.code) })),
		own: figures('')
	};
}

/** The docs/spec/INTERFACE.md object in its key order. */
export function changesJson(view: ChangesView): ChangesResult {
	const r = view.result;
	const out: Record<string, unknown> = { from: r.from, to: r.to, insurance: r.insurance, region: r.region, matrix: r.matrix };
	for (const f of CHANGE_FIGURES) out[f.key] = r[f.key];
	return out as unknown as ChangesResult;
}
