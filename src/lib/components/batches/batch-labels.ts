import { EXPANSION_GROUPS, insuranceByKey } from '../../shared/insurances.ts';
import { BATCH_SPLITS, type BatchSummary, type FollowRow } from '../../shared/changes.ts';
import { percent } from '../../shared/format.ts';

/** The Chinese labels of a batch's coded fields. */
export function batchLabels(b: Pick<BatchSummary, 'insurance' | 'split' | 'grp'>): { insurance: string; split: string; group: string } {
	return {
		insurance: insuranceByKey(b.insurance)?.label ?? b.insurance,
		split: BATCH_SPLITS.find((s) => s.key === b.split)?.label ?? b.split,
		group: b.grp === '' ? '全部应参未参' : (EXPANSION_GROUPS.find((g) => g.key === b.grp)?.label ?? b.grp)
	};
}

/** 完成率 as shown: "—" when nothing is left to enrol. */
export function rateText(row: FollowRow): string {
	return row.rate === null ? '—' : percent(row.rate);
}
