import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadSummary } from '../load/load-snapshot.ts';
import { InputError } from '../errors.ts';
import { expandZips, removeUpload, snapshotRoot, uploadDir } from './upload-files.ts';
import { refusalMessage, runCanbao } from './run-canbao.ts';

/**
 * A snapshot upload from the browser, step by step: files arrive ('receiving'); they are loaded into a
 * scratch database of their own ('validating' → 'valid' with the summary, or 'refused' with the
 * loader's message) — nothing live changes; the admin confirms and the same folder is loaded into the
 * live database by a child process ('loading' → 'loaded' or 'failed'). The live file is replaced only
 * when that load completed (load/database-file.ts).
 */
export type UploadPhase = 'receiving' | 'validating' | 'valid' | 'refused' | 'loading' | 'loaded' | 'failed';

export interface UploadStatus {
	id: string;
	phase: UploadPhase;
	files: number;
	bytes: number;
	message: string | null;
	summaries: LoadSummary[];
	/** as-of dates of the upload that are already loaded (they would be replaced) */
	replaces: string[];
}

const uploads = new Map<string, UploadStatus>();

export function createUpload(): UploadStatus {
	const id = randomUUID();
	mkdirSync(uploadDir(id), { recursive: true });
	const status: UploadStatus = { id, phase: 'receiving', files: 0, bytes: 0, message: null, summaries: [], replaces: [] };
	uploads.set(id, status);
	return status;
}

export function uploadStatus(id: string): UploadStatus {
	const status = uploads.get(id);
	if (!status) throw new InputError('没有这个上传（可能已完成或服务器已重启），请重新上传');
	return status;
}

/** Checks that the upload still takes files, then counts a received piece (a new file when it starts at 0). */
export function receivingUpload(id: string): UploadStatus {
	const status = uploadStatus(id);
	if (status.phase !== 'receiving') throw new InputError('此上传已开始校验，不能再添加文件');
	return status;
}

export function notePiece(id: string, bytes: number, newFile: boolean): void {
	const status = receivingUpload(id);
	if (newFile) status.files += 1;
	status.bytes += bytes;
}

function expect(status: UploadStatus, phase: UploadPhase, what: string): void {
	if (status.phase !== phase) throw new InputError(`${what}：当前状态为“${PHASE_LABELS[status.phase]}”`);
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

/** Loads the upload into a scratch database (child process); `loaded` are the live as-of dates. */
export function startValidation(id: string, loaded: string[]): UploadStatus {
	const status = uploadStatus(id);
	expect(status, 'receiving', '无法校验');
	if (status.files === 0) throw new InputError('没有收到任何文件');
	status.phase = 'validating';
	void (async () => {
		try {
			expandZips(id);
			const root = snapshotRoot(id);
			const scratch = join(uploadDir(id), 'scratch.duckdb');
			const run = await runCanbao(['load', root, '--db', scratch, '--json']);
			rmSync(scratch, { force: true });
			rmSync(`${scratch}.wal`, { force: true });
			if (run.code !== 0) return refuse(status, refusalMessage(run.stderr));
			status.summaries = JSON.parse(run.stdout) as LoadSummary[];
			status.replaces = status.summaries.map((s) => s.asOf).filter((d) => loaded.includes(d));
			status.phase = 'valid';
		} catch (error) {
			refuse(status, error instanceof InputError ? error.message : `校验失败：${(error as Error).message}`);
		}
	})();
	return status;
}

function refuse(status: UploadStatus, message: string): void {
	status.phase = 'refused';
	status.message = message;
	removeUpload(status.id);
}

/** After the admin confirmed: loads the validated folder into the live database (child process). */
export function startLiveLoad(id: string, dbPath: string): UploadStatus {
	const status = uploadStatus(id);
	expect(status, 'valid', '无法导入');
	status.phase = 'loading';
	void (async () => {
		const run = await runCanbao(['load', snapshotRoot(id), '--db', dbPath, '--json']);
		if (run.code === 0) {
			status.phase = 'loaded';
			status.summaries = JSON.parse(run.stdout) as LoadSummary[];
		} else {
			status.phase = 'failed';
			status.message = refusalMessage(run.stderr);
		}
		removeUpload(id);
	})();
	return status;
}

/** Drops an upload that was not confirmed. */
export function discardUpload(id: string): void {
	const status = uploadStatus(id);
	if (status.phase === 'validating' || status.phase === 'loading') throw new InputError('正在处理中，稍后再取消');
	removeUpload(id);
	uploads.delete(id);
}
