import { percent } from '../../../shared/format.ts';
import type { AlertKind } from '../../../shared/alerts.ts';

export interface NewAlert {
	region: string;
	kind: AlertKind;
	message: string;
}

/** When a count "jumped": it rose by more than `share` of its previous value and by at least `minIncrease`. */
export interface JumpRule {
	share: number;
	minIncrease: number;
}

export const DEFAULT_JUMP: JumpRule = { share: 0.2, minIncrease: 10 };

/** A rise beyond the rule (null when there is no previous value or it was 0: a share of nothing is not defined). */
export function jumped(now: number, before: number | null, rule: JumpRule): boolean {
	if (before === null || before <= 0) return false;
	return now - before > rule.share * before && now - before >= rule.minIncrease;
}

export interface RegionFacts {
	code: string;
	label: string;
	insured: number;
	eligible: number;
	/** the schedule's expected pension coverage at the as-of date (null: no milestone yet) */
	expected: number | null;
	scheduleName: string;
	quality: number;
	qualityBefore: number | null;
	uninsured: number;
	uninsuredBefore: number | null;
}

/**
 * The alerts of one region: behind its schedule (pension coverage below the milestone, compared
 * exactly in basis points as 总览 does), and data-quality problems or 养老 应参未参 that jumped since
 * the previous snapshot.
 */
export function regionAlerts(f: RegionFacts, rule: JumpRule): NewAlert[] {
	const out: NewAlert[] = [];
	if (f.expected !== null && f.eligible > 0 && f.insured * 10_000 < Math.round(f.expected * 10_000) * f.eligible) {
		out.push({ region: f.code, kind: 'behind', message: `${f.label}养老保险参保率${percent(f.insured / f.eligible)}，低于${f.scheduleName}本阶段进度要求${percent(f.expected, 0)}` });
	}
	if (jumped(f.quality, f.qualityBefore, rule)) {
		out.push({ region: f.code, kind: 'quality_jump', message: `${f.label}数据质量问题由${f.qualityBefore}条增至${f.quality}条（增幅超过${percent(rule.share, 0)}）` });
	}
	if (jumped(f.uninsured, f.uninsuredBefore, rule)) {
		out.push({ region: f.code, kind: 'uninsured_jump', message: `${f.label}养老保险应参未参由${f.uninsuredBefore}人增至${f.uninsured}人（增幅超过${percent(rule.share, 0)}）` });
	}
	return out;
}

/** One receiving region of a 扩面任务 batch: its ids still open in the latest snapshot (sent − insured − excluded). */
export interface BatchFacts {
	number: string;
	due: string | null;
	receiver: string;
	label: string;
	open: number;
}

/**
 * A batch overdue (issue 18 item 4): past its due date (strictly: the due day itself is still on time) with
 * ids still open in a receiving region raises an alert for that region; no due date, or nothing open, none.
 */
export function batchOverdueAlerts(batches: BatchFacts[], today: string): NewAlert[] {
	return batches
		.filter((b) => b.due !== null && b.due < today && b.open > 0)
		.map((b) => ({ region: b.receiver, kind: 'batch_overdue' as const, message: `${b.label}扩面任务${b.number}已逾期（截止${b.due}），仍有${b.open}人未参保登记` }));
}
