import { quarterOf } from './report-layout.ts';

/**
 * What the deltas and movements of 总览, 排名 and 情况表 compare the chosen snapshot with (issue 18 item 5),
 * carried in the URL as `vs`: absent = the previous loaded snapshot (the spec's "previous snapshot"),
 * `yoy` = 同比 (the same quarter a year earlier), or an explicit date of a loaded snapshot earlier than
 * the chosen one. Pure: the pages, the API and the CLI resolve it the same way.
 */
export type CompareMode = 'previous' | 'yoy' | 'date';

export interface Comparison {
	mode: CompareMode;
	/** the snapshot compared with; null when there is none (the first snapshot) */
	vs: string | null;
	/** the sentence part: "较上期（2016年三季度）", "同比（较2015年四季度）", "较2016年三季度" */
	label: string;
	/** the column header: "较上期", "同比", "较2016年三季度" */
	short: string;
	/** why the URL's choice was not followed (the page says so and compares with the previous snapshot; the API answers 400) */
	problem: string | null;
}

export interface CompareOption {
	/** the `vs` value ('' = previous) */
	value: string;
	label: string;
	disabled: boolean;
	/** why a disabled option cannot be chosen */
	reason: string | null;
}

/** 2016-12-31 → 2016年四季度 */
export function shortQuarter(asOf: string): string {
	const { year, quarter } = quarterOf(asOf);
	return `${year}年${'一二三四'[quarter - 1]}季度`;
}

/** The same day a year earlier (29 February → 28 February): 2017-03-31 → 2016-03-31. */
export function yearEarlier(asOf: string): string {
	const [y, m, d] = asOf.split('-');
	const year = String(Number(y) - 1).padStart(4, '0');
	const day = m === '02' && d === '29' ? '28' : d;
	return `${year}-${m}-${day}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function ofDate(asOf: string, vs: string, mode: CompareMode, problem: string | null = null): Comparison {
	const yoy = vs === yearEarlier(asOf);
	if (mode === 'previous') return { mode, vs, label: `较上期（${shortQuarter(vs)}）`, short: '较上期', problem };
	if (yoy) return { mode, vs, label: `同比（较${shortQuarter(vs)}）`, short: '同比', problem };
	return { mode, vs, label: `较${shortQuarter(vs)}`, short: `较${shortQuarter(vs)}`, problem };
}

function previousOf(snapshots: string[], asOf: string, problem: string | null = null): Comparison {
	const earlier = snapshots.filter((s) => s < asOf).sort();
	const vs = earlier.length ? earlier[earlier.length - 1] : null;
	if (vs === null) return { mode: 'previous', vs: null, label: '无上期数据', short: '较上期', problem };
	return ofDate(asOf, vs, 'previous', problem);
}

/** The comparison a `vs` value asks for, among the loaded `snapshots`, for the chosen snapshot `asOf`. */
export function resolveComparison(snapshots: string[], asOf: string, vs: string | null | undefined): Comparison {
	if (vs === null || vs === undefined || vs === '' || vs === 'previous') return previousOf(snapshots, asOf);
	if (vs === 'yoy') {
		const then = yearEarlier(asOf);
		if (snapshots.includes(then)) return ofDate(asOf, then, 'yoy');
		return previousOf(snapshots, asOf, `同比需要${shortQuarter(then)}（${then}）的快照，尚未导入；改为与上期比较`);
	}
	if (!DATE.test(vs)) return previousOf(snapshots, asOf, `对比快照“${vs}”无效：应为 yoy（同比）或已导入快照的日期，如 ${snapshots[0] ?? '2016-12-31'}`);
	if (!snapshots.includes(vs)) return previousOf(snapshots, asOf, `没有 ${vs} 的快照，无法对比；已导入：${snapshots.join('、')}`);
	if (vs >= asOf) return previousOf(snapshots, asOf, `对比快照 ${vs} 须早于所选快照 ${asOf}；改为与上期比较`);
	return ofDate(asOf, vs, 'date');
}

/** The choices of the comparison selector: 上期, 同比 (disabled with the reason when not loaded), every earlier snapshot. */
export function compareOptions(snapshots: string[], asOf: string): CompareOption[] {
	const previous = previousOf(snapshots, asOf);
	const then = yearEarlier(asOf);
	const yoyLoaded = snapshots.includes(then);
	const earlier = snapshots.filter((s) => s < asOf).sort().reverse();
	return [
		{ value: '', label: previous.vs ? previous.label : '较上期（无上期数据）', disabled: previous.vs === null, reason: previous.vs ? null : '所选快照是第一期' },
		{
			value: 'yoy',
			label: `同比（较${shortQuarter(then)}）`,
			disabled: !yoyLoaded,
			reason: yoyLoaded ? null : `未导入${shortQuarter(then)}的快照`
		},
		...earlier.map((s) => ({ value: s, label: `较${shortQuarter(s)}（${s}）`, disabled: false, reason: null }))
	];
}
