import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { InputError } from '../errors.ts';

/**
 * The files of one upload: kept under <uploads>/<id>/files with their relative paths (a folder chosen
 * with webkitdirectory keeps its name, which may be the as-of date). Paths are checked so that no
 * name can write outside the upload's folder.
 */
export function uploadsRoot(): string {
	return resolve(process.env.CANBAO_UPLOADS ?? join(process.cwd(), 'data', 'uploads'));
}

export function uploadDir(id: string): string {
	if (!/^[a-z0-9-]{8,64}$/.test(id)) throw new InputError('上传编号无效');
	return join(uploadsRoot(), id);
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
	mkdirSync(dirname(target), { recursive: true });
	return target;
}

export function writeUploadedFile(id: string, name: string, data: Uint8Array): string {
	const target = targetOf(id, name);
	writeFileSync(target, data);
	return target;
}

/**
 * One piece of a file sent in pieces (each request stays under the server's body limit): the piece
 * at `offset` must follow what has arrived so far, so a lost or repeated piece is refused.
 */
export function appendUploadedChunk(id: string, name: string, offset: number, data: Uint8Array): number {
	const target = targetOf(id, name);
	const size = existsSync(target) ? statSync(target).size : 0;
	if (offset === 0) writeFileSync(target, data);
	else if (offset === size) appendFileSync(target, data);
	else throw new InputError(`文件 ${name} 的上传片段不连续（已收到 ${size} 字节，片段起点 ${offset}），请重新上传`);
	return offset + data.length;
}

/** Unzips every .zip among the upload's files next to it (fflate), then removes the zip. */
export function expandZips(id: string): void {
	const root = filesDir(id);
	for (const path of listFiles(root)) {
		if (!path.toLowerCase().endsWith('.zip')) continue;
		let entries: Record<string, Uint8Array>;
		try {
			entries = unzipSync(readFileSync(path));
		} catch (error) {
			throw new InputError(`压缩包无法解压：${(error as Error).message}`);
		}
		rmSync(path);
		for (const [name, data] of Object.entries(entries)) {
			if (name.endsWith('/') || name.startsWith('__MACOSX/') || name.split('/').some((p) => p.startsWith('.'))) continue;
			writeUploadedFile(id, name, data);
		}
	}
}

function listFiles(dir: string): string[] {
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
