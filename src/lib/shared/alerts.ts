/** An alert as users see it (src/lib/server/views/alerts/). */
export type AlertKind = 'behind' | 'check' | 'quality_jump' | 'uninsured_jump' | 'batch_overdue';

export interface AlertItem {
	id: number;
	as_of: string;
	region: string;
	kind: AlertKind;
	message: string;
}

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
	behind: '进度滞后',
	check: '情况表校验',
	quality_jump: '数据质量',
	uninsured_jump: '应参未参',
	batch_overdue: '任务逾期'
};
