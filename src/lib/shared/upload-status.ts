import type { Shrink } from './shrink.ts';

/** What the upload page is told about one upload (src/lib/server/uploads/upload-jobs.ts). */
export type UploadPhase = 'receiving' | 'validating' | 'valid' | 'refused' | 'loading' | 'loaded' | 'failed';

export interface UploadSummary {
	asOf: string;
	scope: string;
	rows: Record<string, number>;
	dataQuality: Record<string, number>;
	seconds: number;
}

export interface UploadStatus {
	id: string;
	phase: UploadPhase;
	files: number;
	bytes: number;
	message: string | null;
	summaries: UploadSummary[];
	/** as-of dates of the upload that are already loaded (they would be replaced) */
	replaces: string[];
	/** replacements that would leave fewer than half the loaded persons: need a second confirmation */
	shrinks: Shrink[];
	/** the step validation or the load is on, and how far it is (0…1), while working */
	step: string | null;
	fraction: number | null;
}

/** An upload whose files are still on disk but nobody is working on (listed for the 管理员). */
export interface AbandonedUpload {
	id: string;
	state: string;
	/** Beijing time, "2026-12-02 15:04" */
	lastActivity: string;
	files: number;
	bytes: number;
}

export const PHASE_LABELS: Record<UploadPhase, string> = {
	receiving: '正在上传',
	validating: '正在校验',
	valid: '校验通过，待确认',
	refused: '校验未通过',
	loading: '正在导入',
	loaded: '已导入',
	failed: '导入失败'
};
