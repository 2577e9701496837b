import { existsSync, mkdirSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.ts';
import { LimitError, sizeText, uploadLimits } from './upload-limits.ts';
import { checkZipDirectory, extractEntry, inflateEntry, readZipDirectory } from './zip-archive.ts';

/**
 * The files of one upload: kept under <uploads>/<id>/files with their relative paths (a folder chosen
 * with webkitdirectory keeps its name, which may be the as-of date). Paths are checked so that no
 * name can write outside the upload's folder. Folders are created 0700 and files 0600 (they hold
 * person data); every piece is streamed to disk and counted against the limits (upload-limits.ts).
 */
export function uploadsRoot(): string {
	return resolve(process.env.CANBAO_UPLOADS ?? join(process.cwd(), 'data', 'uploads'));
}

export function uploadDir(id: string): string {
	if (!/^[a-z0-9-]{8,64}$/.test(id)) throw new InputError('上传编号无效');
	return join(uploadsRoot(), id);
}

/** Creates the upload's folder (and the uploads folder) readable by the server's account only. */
export function makeUploadDir(id: string): string {
	const dir = uploadDir(id);
	mkdirSync(uploadsRoot(), { recursive: true, mode: 0o700 });
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	return dir;
}

/** A relative path from the browser, made safe: forward slashes, no '..', no absolute or hidden parts. */
export function safeRelativePath(name: string): string {
	const parts = name.replaceAll('\\', '/').split('/').filter((p) => p !== '' && p !== '.');
	if (parts.length === 0 || parts.length > 6 || parts.some((p) => p === '..' || p.startsWith('.') || p.length > 120 || /[\0:*?"<>|]/.test(p))) {
		throw new InputError(`文件名“${name}”无效`);
	}
	return parts.join('/');
}

export function filesDir(id: string): string {
	return join(uploadDir(id), 'files');
}

function targetOf(id: string, name: string): string {
	const root = filesDir(id);
	const target = resolve(root, safeRelativePath(name));
	if (!target.startsWith(root + sep)) throw new InputError(`文件名“${name}”无效`);
	mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
	return target;
}

/** What an upload may still receive: bytes for this file and for the whole upload. */
export interface PieceAllowance {
	fileBytes: number;
	uploadBytes: number;
}

/**
 * One piece of a file sent in pieces (each request stays under the server's body limit): the piece
 * at `offset` must follow what has arrived so far, so a lost or repeated piece is refused. The piece
 * is streamed to the file; past the file's or the upload's limit the piece is cut off again and
 * refused (nothing beyond the limit stays on disk). Returns the file's size after the piece.
 */
export async function appendUploadedChunk(
	id: string,
	name: string,
	offset: number,
	body: AsyncIterable<Uint8Array> | Uint8Array,
	allowance: PieceAllowance = { fileBytes: uploadLimits().fileBytes, uploadBytes: uploadLimits().uploadBytes }
): Promise<number> {
	const target = targetOf(id, name);
	const size = existsSync(target) ? statSync(target).size : 0;
	if (offset !== 0 && offset !== size) throw new InputError(`文件 ${name} 的上传片段不连续（已收到 ${size} 字节，片段起点 ${offset}），请重新上传`);
	const out = await open(target, offset === 0 ? 'w' : 'a', 0o600);
	let received = 0;
	try {
		for await (const piece of body instanceof Uint8Array ? [body] : body) {
			received += piece.length;
			if (offset + received > allowance.fileBytes) throw new LimitError(`文件 ${name} 超过单个文件上限 ${sizeText(allowance.fileBytes)}，已拒绝`);
			if (received > allowance.uploadBytes) throw new LimitError(`本次上传超过总大小上限 ${sizeText(uploadLimits().uploadBytes)}，已拒绝`);
			await out.write(piece);
		}
		await out.close();
	} catch (error) {
		await out.close().catch(() => {});
		if (offset === 0) rmSync(target, { force: true });
		else truncateSync(target, offset);
		throw error;
	}
	return offset + received;
}

/**
 * Unzips every .zip among the upload's files next to it, then removes the zip. Each archive's
 * directory is checked against the limits first (entries, sizes, ratio, the upload's unpacked total),
 * then every entry is inflated as a stream with its CRC checked; on a refusal the entry's partial
 * file is removed (and the caller removes the upload).
 */
export async function expandZips(id: string): Promise<void> {
	const limits = uploadLimits();
	const root = filesDir(id);
	let unpacked = 0;
	for (const path of listFiles(root)) {
		if (!path.toLowerCase().endsWith('.zip')) continue;
		const label = `压缩包 ${relative(root, path).split(sep).join('/')}`;
		const entries = readZipDirectory(path, limits, label).filter(
			(e) => !e.directory && !e.name.startsWith('__MACOSX/') && !e.name.split('/').some((p) => p.startsWith('.'))
		);
		checkZipDirectory(entries, limits, label, limits.unpackedBytes - unpacked);
		for (const entry of entries) {
			await extractEntry(path, entry, label, targetOf(id, entry.name));
			unpacked += entry.size;
		}
		rmSync(path);
	}
}

/**
 * Checks an .xlsx workbook before the loader opens it (exceljs reads shared strings into memory;
 * `canbao load` calls this for every .xlsx table): entries, declared and actual unpacked sizes (each
 * entry inflated and counted, CRC checked, nothing kept), ratio, and the size of the shared strings.
 */
export async function checkWorkbook(path: string, label: string, limits = uploadLimits()): Promise<void> {
	const name = `工作簿 ${label}`;
	const refuse = (what: string): never => {
		throw new InputError(`${name} ${what}`);
	};
	let entries;
	try {
		entries = readZipDirectory(path, limits, name);
	} catch (error) {
		if (error instanceof InputError && error.message.includes('不是有效的 zip')) refuse('不是有效的 .xlsx 文件');
		throw error;
	}
	checkZipDirectory(entries, { ...limits, fileBytes: limits.xlsxUnpackedBytes }, name, limits.xlsxUnpackedBytes);
	const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml');
	if (strings && strings.size > limits.xlsxStringsBytes) {
		refuse(`的共享字符串（xl/sharedStrings.xml）解压后为 ${sizeText(strings.size)}，超过上限 ${sizeText(limits.xlsxStringsBytes)}，已拒绝；数据量大时请另存为 CSV 上传`);
	}
	for (const entry of entries) if (!entry.directory) await inflateEntry(path, entry, name, () => {});
}

export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

const SNAPSHOT_FILE = /^persons\.(csv|tsv|txt|parquet|xlsx)$/i;

/**
 * The folder to load: the uploaded folder itself when it holds a persons file, else the one folder
 * that holds snapshot folders (single wrapping folders, as zips often have, are stepped through).
 */
export function snapshotRoot(id: string): string {
	let dir = filesDir(id);
	if (!existsSync(dir)) throw new InputError('没有收到任何文件');
	for (let depth = 0; depth < 4; depth++) {
		const names = readdirSync(dir);
		if (names.some((n) => SNAPSHOT_FILE.test(n))) return dir;
		const dirs = names.filter((n) => statSync(join(dir, n)).isDirectory());
		const files = names.filter((n) => !statSync(join(dir, n)).isDirectory());
		if (dirs.length === 1 && files.length === 0) dir = join(dir, dirs[0]);
		else return dir;
	}
	return dir;
}

export function removeUpload(id: string): void {
	rmSync(uploadDir(id), { recursive: true, force: true });
}
