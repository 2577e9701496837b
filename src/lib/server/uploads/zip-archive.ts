import { createReadStream, openSync, closeSync, fstatSync, readSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { basename } from 'node:path';
import { InputError } from '../errors.ts';
import { sizeText, type UploadLimits } from './upload-limits.ts';

/**
 * Reading zip archives (uploaded .zip, and .xlsx workbooks, which are zips) without trusting them:
 * the central directory is read from the end of the file and checked against the limits before a
 * byte is unpacked (entries, declared sizes, expansion ratio); each entry is then inflated as a
 * stream (Node's zlib, 64 KB pieces) and counted as it comes, so an entry that unpacks to more than
 * it declared is stopped at that point, and its CRC-32 is compared with the directory's.
 */
export interface ZipEntry {
	name: string;
	method: number;
	crc: number;
	compressedSize: number;
	size: number;
	headerOffset: number;
	encrypted: boolean;
	directory: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_32 = 0xffffffff;

/** `label` names the archive as the user knows it: "压缩包 snap.zip", "工作簿 2016-12-31/persons.xlsx". */
function refuse(label: string, what: string): never {
	throw new InputError(`${label} ${what}`);
}

function readAt(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.alloc(length);
	let got = 0;
	while (got < length) {
		const n = readSync(fd, buffer, got, length - got, position + got);
		if (n === 0) break;
		got += n;
	}
	return buffer.subarray(0, got);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Entry names: UTF-8 when flagged or valid, else GB18030 (what Chinese Windows writes). */
function decodeName(bytes: Buffer, utf8Flag: boolean): string {
	if (utf8Flag) return bytes.toString('utf8');
	try {
		return utf8.decode(bytes);
	} catch {
		return gb18030.decode(bytes);
	}
}

/** The entries of the archive at `path`, from its central directory; `label` names it in messages. */
export function readZipDirectory(path: string, limits: UploadLimits, label = `压缩包 ${basename(path)}`): ZipEntry[] {
	const fd = openSync(path, 'r');
	try {
		const fileSize = fstatSync(fd).size;
		const tailLength = Math.min(fileSize, 22 + 65535);
		const tail = readAt(fd, fileSize - tailLength, tailLength);
		let at = -1;
		for (let i = tail.length - 22; i >= 0; i--) {
			if (tail.readUInt32LE(i) === EOCD) {
				at = i;
				break;
			}
		}
		if (at < 0) refuse(label, '无法解压：不是有效的 zip 文件（找不到目录区）');
		let count = tail.readUInt16LE(at + 10);
		let dirSize = tail.readUInt32LE(at + 12);
		let dirOffset = tail.readUInt32LE(at + 16);
		if (count === 0xffff || dirSize === MAX_32 || dirOffset === MAX_32) {
			const locatorAt = fileSize - tailLength + at - 20;
			const locator = locatorAt >= 0 ? readAt(fd, locatorAt, 20) : Buffer.alloc(0);
			if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) refuse(label, '无法解压：ZIP64 目录区损坏');
			const eocd64 = readAt(fd, Number(locator.readBigUInt64LE(8)), 56);
			if (eocd64.length < 56 || eocd64.readUInt32LE(0) !== ZIP64_EOCD) refuse(label, '无法解压：ZIP64 目录区损坏');
			count = Number(eocd64.readBigUInt64LE(32));
			dirSize = Number(eocd64.readBigUInt64LE(40));
			dirOffset = Number(eocd64.readBigUInt64LE(48));
		}
		if (count > limits.zipEntries) refuse(label, `包含 ${count} 个条目，超过上限 ${limits.zipEntries} 个，已拒绝`);
		// a directory record is 46 bytes plus at most 3 × 65535 of name, extra and comment
		if (dirOffset + dirSize > fileSize || dirSize > count * (46 + 3 * 65535) + 46) refuse(label, '无法解压：目录区损坏');
		const dir = readAt(fd, dirOffset, dirSize);
		const entries: ZipEntry[] = [];
		let p = 0;
		for (let n = 0; n < count; n++) {
			if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) refuse(label, '无法解压：目录区损坏');
			const flags = dir.readUInt16LE(p + 8);
			const nameLength = dir.readUInt16LE(p + 28);
			const extraLength = dir.readUInt16LE(p + 30);
			const commentLength = dir.readUInt16LE(p + 32);
			const entry: ZipEntry = {
				name: decodeName(dir.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
				method: dir.readUInt16LE(p + 10),
				crc: dir.readUInt32LE(p + 16),
				compressedSize: dir.readUInt32LE(p + 20),
				size: dir.readUInt32LE(p + 24),
				headerOffset: dir.readUInt32LE(p + 42),
				encrypted: (flags & 1) !== 0,
				directory: false
			};
			entry.directory = entry.name.endsWith('/');
			readZip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
			entries.push(entry);
			p += 46 + nameLength + extraLength + commentLength;
		}
		return entries;
	} finally {
		closeSync(fd);
	}
}

function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
	for (let q = 0; q + 4 <= extra.length; ) {
		const id = extra.readUInt16LE(q);
		const length = extra.readUInt16LE(q + 2);
		if (id === 0x0001) {
			let r = q + 4;
			const next = () => {
				const v = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : 0;
				r += 8;
				return v;
			};
			if (entry.size === MAX_32) entry.size = next();
			if (entry.compressedSize === MAX_32) entry.compressedSize = next();
			if (entry.headerOffset === MAX_32) entry.headerOffset = next();
		}
		q += 4 + length;
	}
}

/**
 * Checks the directory against the limits before anything is unpacked: encryption, methods, the
 * declared size of each entry and of all together, and each entry's expansion ratio.
 */
export function checkZipDirectory(entries: ZipEntry[], limits: UploadLimits, label: string, totalLimit: number): void {
	let total = 0;
	for (const e of entries) {
		if (e.directory) continue;
		if (e.encrypted) refuse(label, `中的 ${e.name} 已加密，无法读取`);
		if (e.method !== 0 && e.method !== 8) refuse(label, `中的 ${e.name} 使用了不支持的压缩方式（${e.method}），请用常规 zip（Deflate）重新压缩`);
		if (e.size > limits.fileBytes) refuse(label, `中的 ${e.name} 解压后为 ${sizeText(e.size)}，超过单个文件上限 ${sizeText(limits.fileBytes)}，已拒绝`);
		if (e.size > limits.ratioFloorBytes && e.size > limits.ratio * Math.max(e.compressedSize, 1)) {
			refuse(label, `中的 ${e.name} 压缩比异常（${sizeText(e.compressedSize)} 解压为 ${sizeText(e.size)}，超过 ${limits.ratio} 倍），疑似压缩炸弹，已拒绝`);
		}
		total += e.size;
	}
	if (total > totalLimit) refuse(label, `解压后共 ${sizeText(total)}，超过上限 ${sizeText(totalLimit)}，已拒绝`);
}

/**
 * Inflates one entry as a stream into `sink` (called with each piece, awaited), refusing it as soon as
 * it yields more than its declared size, and when its length or CRC-32 differ from the directory's.
 */
export async function inflateEntry(path: string, entry: ZipEntry, label: string, sink: (piece: Buffer) => Promise<void> | void): Promise<void> {
	const fd = openSync(path, 'r');
	let dataStart: number;
	try {
		const local = readAt(fd, entry.headerOffset, 30);
		if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) refuse(label, `中的 ${entry.name} 已损坏（找不到文件头）`);
		dataStart = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
		if (dataStart + entry.compressedSize > fstatSync(fd).size) refuse(label, `中的 ${entry.name} 已损坏（文件不完整）`);
	} finally {
		closeSync(fd);
	}
	let crc = 0;
	let size = 0;
	let stopped: InputError | null = null;
	const count = async function (pieces: AsyncIterable<Buffer>) {
		for await (const piece of pieces) {
			size += piece.length;
			if (size > entry.size) {
				stopped = new InputError(`${label} 中的 ${entry.name} 解压后超过其声明的大小（${sizeText(entry.size)}），疑似压缩炸弹，已拒绝`);
				throw stopped;
			}
			crc = crc32(piece, crc);
			await sink(piece);
		}
	};
	if (entry.compressedSize > 0) {
		const source = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 64 * 1024 });
		try {
			if (entry.method === 8) await pipeline(source, createInflateRaw({ chunkSize: 64 * 1024 }), count);
			else await pipeline(source, count);
		} catch (error) {
			if (stopped) throw stopped;
			if (error instanceof InputError) throw error;
			refuse(label, `中的 ${entry.name} 已损坏，无法解压（数据错误）`);
		}
	}
	if (size !== entry.size) refuse(label, `中的 ${entry.name} 已损坏（解压后 ${size} 字节，应为 ${entry.size} 字节）`);
	if (crc >>> 0 !== entry.crc >>> 0) refuse(label, `中的 ${entry.name} 已损坏（CRC 校验失败），请重新压缩后上传`);
}

/** Inflates an entry into a new file created 0600; a refused or broken entry leaves no file behind. */
export async function extractEntry(path: string, entry: ZipEntry, label: string, target: string): Promise<void> {
	const out = await open(target, 'w', 0o600);
	try {
		await inflateEntry(path, entry, label, async (piece) => {
			await out.write(piece);
		});
		await out.close();
	} catch (error) {
		await out.close().catch(() => {});
		await rm(target, { force: true });
		throw error;
	}
}
