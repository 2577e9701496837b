import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { LoadSummary } from '../load/load-snapshot.ts';
import { findSnapshotFolders } from '../load/snapshot-folder.ts';
import { InputError } from '../errors.ts';
import { shrinkOf, type Shrink } from '../../shared/shrink.ts';
import { PHASE_LABELS, type AbandonedUpload, type UploadPhase, type UploadStatus } from '../../shared/upload-status.ts';
import { expandZips, filesDir, listFiles, makeUploadDir, removeUpload, snapshotRoot, uploadDir, uploadsRoot, type PieceAllowance } from './upload-files.ts';
import { refusalMessage, runCanbao } from './run-canbao.ts';
import { progressTracker } from './load-progress.ts';
import { sizeText, uploadLimits } from './upload-limits.ts';

export { PHASE_LABELS };
export type { UploadPhase, UploadStatus };

/**
 * A snapshot upload from the browser, step by step: files arrive ('receiving'); they are loaded into a
 * scratch database of their own ('validating' → 'valid' with the summary, or 'refused' with the
 * loader's message) — nothing live changes; the admin confirms and the same folder is loaded into the
 * live database by a child process ('loading' → 'loaded' or 'failed'). The live file is replaced only
 * when that load completed (load/database-file.ts). A replacement that shrinks a loaded quarter below
 * half its persons needs a second confirmation (`shrinks`), passed on as `--confirm-shrink`.
 */
interface Job extends UploadStatus {
	/** ms since epoch of the last piece or phase change */
	touched: number;
}

const uploads = new Map<string, Job>();

function view(job: Job): UploadStatus {
	const { touched: _touched, ...status } = job;
	return status;
}

function touch(job: Job): Job {
	job.touched = Date.now();
	return job;
}

/** Uploads at work at once (receiving, validating, awaiting confirmation, loading): bounds the disk they take. */
export function maxActiveUploads(): number {
	const value = Number(process.env.CANBAO_UPLOAD_MAX_ACTIVE);
	return Number.isInteger(value) && value > 0 ? value : 3;
}

export function createUpload(): UploadStatus {
	const idle = idleMinutes() * 60_000;
	const active = [...uploads.values()].filter(
		(j) => j.phase === 'validating' || j.phase === 'loading' || ((j.phase === 'receiving' || j.phase === 'valid') && Date.now() - j.touched < idle)
	);
	if (active.length >= maxActiveUploads()) {
		throw new InputError(`已有 ${active.length} 个上传在进行或等待确认（上限 ${maxActiveUploads()} 个），请先完成或取消它们`);
	}
	const id = randomUUID();
	makeUploadDir(id);
	const job: Job = { id, phase: 'receiving', files: 0, bytes: 0, message: null, summaries: [], replaces: [], shrinks: [], step: null, fraction: null, touched: Date.now() };
	uploads.set(id, job);
	return view(job);
}

function job(id: string): Job {
	const found = uploads.get(id);
	if (!found) throw new InputError('没有这个上传（可能已完成或服务器已重启），请重新上传');
	return found;
}

export function uploadStatus(id: string): UploadStatus {
	return view(job(id));
}

/** Checks that the upload still takes files; what the next piece may bring (upload-limits.ts). */
export function receivingUpload(id: string, offset = 0): PieceAllowance {
	const status = job(id);
	if (status.phase !== 'receiving') throw new InputError('此上传已开始校验，不能再添加文件');
	const limits = uploadLimits();
	if (offset === 0 && status.files >= limits.uploadFiles) {
		failUpload(id, `本次上传的文件超过 ${limits.uploadFiles} 个，已拒绝`);
	}
	touch(status);
	return { fileBytes: limits.fileBytes, uploadBytes: limits.uploadBytes - status.bytes };
}

export function notePiece(id: string, bytes: number, newFile: boolean): void {
	const status = job(id);
	if (newFile) status.files += 1;
	status.bytes += bytes;
	touch(status);
}

/** A limit was hit while receiving: the upload is refused and its files removed; throws the message. */
export function failUpload(id: string, message: string): never {
	const status = uploads.get(id);
	if (status) refuse(status, message);
	else removeUpload(id);
	throw new InputError(message);
}

function expect(status: UploadStatus, phase: UploadPhase, what: string): void {
	if (status.phase !== phase) throw new InputError(`${what}：当前状态为“${PHASE_LABELS[status.phase]}”`);
}

/** Steps of the load, reported while the child process runs (CANBAO_LOAD_PROFILE lines, load-progress.ts). */
function loadWithProgress(status: Job, args: string[], snapshots: number) {
	const tracker = progressTracker(snapshots);
	Object.assign(status, tracker.start());
	return runCanbao(args, {
		env: { CANBAO_LOAD_PROFILE: '1' },
		onStderrLine: (line) => {
			const p = tracker.line(line);
			if (p) Object.assign(touch(status), p);
		}
	});
}

/** Loads the upload into a scratch database (child process); `loaded` are the live snapshots. */
export function startValidation(id: string, loaded: { as_of: string; persons: number }[]): UploadStatus {
	const status = job(id);
	expect(status, 'receiving', '无法校验');
	if (status.files === 0) throw new InputError('没有收到任何文件');
	status.phase = 'validating';
	status.step = '解压并检查压缩包';
	status.fraction = null;
	touch(status);
	void (async () => {
		try {
			await expandZips(id);
			// .xlsx workbooks are checked by `canbao load` itself (cli/commands/load.ts) before it opens them
			const root = snapshotRoot(id);
			const scratch = join(uploadDir(id), 'scratch.duckdb');
			const run = await loadWithProgress(status, ['load', root, '--db', scratch, '--json'], countFolders(root));
			rmSync(scratch, { force: true });
			rmSync(`${scratch}.wal`, { force: true });
			if (run.code !== 0) return refuse(status, refusalMessage(run.stderr));
			status.summaries = JSON.parse(run.stdout) as LoadSummary[];
			const before = new Map(loaded.map((s) => [s.as_of, Number(s.persons)]));
			status.replaces = status.summaries.map((s) => s.asOf).filter((d) => before.has(d));
			status.shrinks = status.summaries.map((s) => shrinkOf(s.asOf, before.get(s.asOf), s.rows.persons)).filter((s): s is Shrink => s !== null);
			status.phase = 'valid';
			settled(status);
		} catch (error) {
			refuse(status, error instanceof InputError ? error.message : `校验失败：${(error as Error).message}`);
		}
	})();
	return view(status);
}

function countFolders(root: string): number {
	try {
		return findSnapshotFolders(root).length;
	} catch {
		return 1; // the loader refuses it with its own message
	}
}

function settled(status: Job): void {
	status.step = null;
	status.fraction = null;
	touch(status);
}

/** A message without the server's folders: paths inside the upload become the uploaded names. */
export function withoutServerPaths(message: string, id: string): string {
	const files = filesDir(id);
	return message.split(files + sep).join('').split(files).join('（上传的文件）').split(uploadDir(id) + sep).join('').split(uploadsRoot() + sep).join('');
}

function refuse(status: Job, message: string): void {
	status.phase = 'refused';
	status.message = withoutServerPaths(message, status.id);
	settled(status);
	removeUpload(status.id);
}

/**
 * After the admin confirmed: loads the validated folder into the live database (child process). A
 * replacement that shrinks a quarter sharply needs `confirmShrink` (the page's second confirmation);
 * the loader checks again against the live database.
 */
export function startLiveLoad(id: string, dbPath: string, confirmShrink = false): UploadStatus {
	const status = job(id);
	expect(status, 'valid', '无法导入');
	if (status.shrinks.length > 0 && !confirmShrink) {
		throw new InputError(`此次导入会使 ${status.shrinks.map((s) => s.asOf).join('、')} 的人员数减少一半以上，请先勾选确认后再导入`);
	}
	status.phase = 'loading';
	const args = ['load', snapshotRoot(id), '--db', dbPath, '--json', ...(confirmShrink ? ['--confirm-shrink'] : [])];
	void (async () => {
		const run = await loadWithProgress(status, args, status.summaries.length);
		if (run.code === 0) {
			status.phase = 'loaded';
			status.summaries = JSON.parse(run.stdout) as LoadSummary[];
		} else {
			status.phase = 'failed';
			status.message = withoutServerPaths(refusalMessage(run.stderr), id);
		}
		settled(status);
		removeUpload(id);
	})();
	return view(status);
}

/** Drops an upload that was not confirmed. */
export function discardUpload(id: string): void {
	const status = job(id);
	if (status.phase === 'validating' || status.phase === 'loading') throw new InputError('正在处理中，稍后再取消');
	removeUpload(id);
	uploads.delete(id);
}

/**
 * On server start: every folder under the uploads folder was left by an earlier server process (its
 * state lived in memory, so none can be continued): removed, person data with it. Returns how many.
 */
export function cleanAbandonedUploads(): number {
	const root = uploadsRoot();
	if (!existsSync(root)) return 0;
	let removed = 0;
	for (const name of readdirSync(root)) {
		if (uploads.has(name)) continue;
		rmSync(join(root, name), { recursive: true, force: true });
		removed += 1;
	}
	return removed;
}

/** Minutes without activity after which an upload that is receiving or awaiting confirmation counts as abandoned. */
export function idleMinutes(): number {
	const value = Number(process.env.CANBAO_UPLOAD_IDLE_MINUTES);
	return Number.isFinite(value) && value >= 0 && process.env.CANBAO_UPLOAD_IDLE_MINUTES ? value : 60;
}

const beijing = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Uploads whose files are on disk but that nobody works on: never validated or never confirmed for
 * `idleMinutes()`, or not known to this server process at all. Listed on 快照管理 with a delete button.
 */
export function abandonedUploads(now = Date.now()): AbandonedUpload[] {
	const root = uploadsRoot();
	if (!existsSync(root)) return [];
	const out: AbandonedUpload[] = [];
	for (const name of readdirSync(root).sort()) {
		const dir = join(root, name);
		if (!/^[a-z0-9-]{8,64}$/.test(name) || !statSync(dir).isDirectory()) continue;
		const status = uploads.get(name);
		const files = listFiles(join(dir, 'files'));
		const last = status?.touched ?? Math.max(statSync(dir).mtimeMs, ...files.map((f) => statSync(f).mtimeMs));
		if (status && (status.phase === 'validating' || status.phase === 'loading' || now - last < idleMinutes() * 60_000)) continue;
		out.push({
			id: name,
			state: status ? `${PHASE_LABELS[status.phase]}（已闲置）` : '未完成（服务器重启前留下）',
			lastActivity: beijing(last),
			files: files.length,
			bytes: files.reduce((n, f) => n + statSync(f).size, 0)
		});
	}
	return out;
}

/** The 管理员 removes an abandoned upload (its files); returns its size for the audit entry. */
export function removeAbandonedUpload(id: string): AbandonedUpload {
	const found = abandonedUploads().find((u) => u.id === id);
	if (!found) throw new InputError('没有这个未完成的上传（可能已删除或仍在进行）');
	removeUpload(id);
	uploads.delete(id);
	return found;
}

export { sizeText };
