import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { zipSync, strToU8 } from 'fflate';
import { appendUploadedChunk, checkWorkbook, expandZips, filesDir, listFiles, makeUploadDir, safeRelativePath, snapshotRoot } from './upload-files.ts';
import { buildZip, deflated, zeros } from './test-zip.ts';

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'canbao-uploads-'));
	process.env.CANBAO_UPLOADS = root;
});
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	delete process.env.CANBAO_UPLOADS;
});
afterEach(() => {
	delete process.env.CANBAO_UPLOAD_MAX_RATIO;
	delete process.env.CANBAO_UPLOAD_MAX_ZIP_ENTRIES;
});

async function* stream(...pieces: Uint8Array[]): AsyncIterable<Uint8Array> {
	yield* pieces;
}

async function put(id: string, name: string, data: Uint8Array): Promise<void> {
	makeUploadDir(id);
	await appendUploadedChunk(id, name, 0, data);
}

/** Runs `work` while sampling the process's resident memory every 20 ms; the peak growth in MB. */
async function peakGrowth(work: () => Promise<unknown>): Promise<{ mb: number; error: unknown }> {
	const base = process.memoryUsage().rss;
	let peak = base;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	let error: unknown = null;
	try {
		await work();
	} catch (e) {
		error = e;
	} finally {
		clearInterval(timer);
	}
	peak = Math.max(peak, process.memoryUsage().rss);
	return { mb: (peak - base) / 2 ** 20, error };
}

const GIB_OF_ZEROS = zeros(1024);

describe('upload files', () => {
	it('refuses names that would leave the upload folder', () => {
		expect(() => safeRelativePath('../../etc/passwd')).toThrow('无效');
		expect(() => safeRelativePath('.hidden')).toThrow('无效');
		expect(safeRelativePath('2016-12-31\\persons.csv')).toBe('2016-12-31/persons.csv');
		expect(safeRelativePath('/2016-12-31/persons.csv')).toBe('2016-12-31/persons.csv');
	});

	it('keeps a chosen folder and finds the snapshot inside it; folders 0700, files 0600', async () => {
		await put('upload-a1', '2016-12-31/persons.csv', strToU8('AAC002\n'));
		await put('upload-a1', '2016-12-31/enrolments.csv', strToU8('AAC002\n'));
		expect(snapshotRoot('upload-a1')).toBe(join(filesDir('upload-a1'), '2016-12-31'));
		expect(statSync(join(root, 'upload-a1')).mode & 0o777).toBe(0o700);
		expect(statSync(join(filesDir('upload-a1'), '2016-12-31')).mode & 0o777).toBe(0o700);
		expect(statSync(join(filesDir('upload-a1'), '2016-12-31', 'persons.csv')).mode & 0o777).toBe(0o600);
	});

	it('unzips a zip with a wrapping folder and skips macOS extras', async () => {
		const zip = zipSync({
			'export/2017-03-31/persons.csv': strToU8('AAC002\n1\n'),
			'export/2017-03-31/manifest.json': strToU8('{}'),
			'__MACOSX/export/._persons.csv': strToU8('x')
		});
		await put('upload-b2', 'snap.zip', zip);
		await expandZips('upload-b2');
		const dir = snapshotRoot('upload-b2');
		expect(dir).toBe(join(filesDir('upload-b2'), 'export', '2017-03-31'));
		expect(readFileSync(join(dir, 'persons.csv'), 'utf8')).toBe('AAC002\n1\n');
		expect(statSync(join(dir, 'persons.csv')).mode & 0o777).toBe(0o600);
		expect(existsSync(join(filesDir('upload-b2'), '__MACOSX'))).toBe(false);
		expect(existsSync(join(filesDir('upload-b2'), 'snap.zip'))).toBe(false);
	});

	it('assembles a file from consecutive pieces and refuses a gap', async () => {
		makeUploadDir('upload-d4');
		expect(await appendUploadedChunk('upload-d4', 's/persons.csv', 0, strToU8('AAC0'))).toBe(4);
		expect(await appendUploadedChunk('upload-d4', 's/persons.csv', 4, strToU8('02\n'))).toBe(7);
		await expect(appendUploadedChunk('upload-d4', 's/persons.csv', 9, strToU8('x'))).rejects.toThrow('不连续');
		expect(readFileSync(join(filesDir('upload-d4'), 's', 'persons.csv'), 'utf8')).toBe('AAC002\n');
	});

	it('refuses a piece past the file or upload limit and keeps nothing of it', async () => {
		makeUploadDir('upload-e5');
		await appendUploadedChunk('upload-e5', 'p.csv', 0, strToU8('12345'), { fileBytes: 8, uploadBytes: 100 });
		await expect(appendUploadedChunk('upload-e5', 'p.csv', 5, stream(strToU8('67'), strToU8('89')), { fileBytes: 8, uploadBytes: 100 })).rejects.toThrow('超过单个文件上限');
		expect(readFileSync(join(filesDir('upload-e5'), 'p.csv'), 'utf8')).toBe('12345');
		await expect(appendUploadedChunk('upload-e5', 'q.csv', 0, strToU8('abcdef'), { fileBytes: 100, uploadBytes: 4 })).rejects.toThrow('总大小上限');
		expect(existsSync(join(filesDir('upload-e5'), 'q.csv'))).toBe(false);
	});

	it('refuses a file that is not a zip', async () => {
		await put('upload-c3', 'bad.zip', strToU8('not a zip'));
		await expect(expandZips('upload-c3')).rejects.toThrow('不是有效的 zip 文件');
	});
});

describe('compression bombs (issue 14, finding 5)', () => {
	it('refuses a 1 MB zip that expands to 1 GiB before unpacking a byte, memory growth under 64 MB', async () => {
		expect(GIB_OF_ZEROS.deflated.length).toBeLessThan(4 << 20);
		await put('bomb-honest', 'snap.zip', buildZip([{ name: '2017-12-31/persons.csv', data: GIB_OF_ZEROS }]));
		const { mb, error } = await peakGrowth(() => expandZips('bomb-honest'));
		expect((error as Error).message).toMatch(/压缩包 snap\.zip 中的 2017-12-31\/persons\.csv 压缩比异常（.* 解压为 1 GB，超过 200 倍），疑似压缩炸弹/);
		expect(listFiles(filesDir('bomb-honest')).map((p) => p.slice(filesDir('bomb-honest').length))).toEqual(['/snap.zip']);
		expect(mb).toBeLessThan(64);
	});

	it('stops a zip that lies about its size at the declared size: no partial file, memory growth under 64 MB', async () => {
		// declares 4 MiB (ratio 4, allowed) but holds 1 GiB of zeros
		await put('bomb-lying', 'snap.zip', buildZip([
			{ name: 's/enrolments.csv', data: deflated('AAC002\n') },
			{ name: 's/persons.csv', data: GIB_OF_ZEROS, declaredSize: 4 << 20 }
		]));
		const { mb, error } = await peakGrowth(() => expandZips('bomb-lying'));
		expect((error as Error).message).toBe('压缩包 snap.zip 中的 s/persons.csv 解压后超过其声明的大小（4 MB），疑似压缩炸弹，已拒绝');
		expect(existsSync(join(filesDir('bomb-lying'), 's', 'persons.csv'))).toBe(false);
		expect(mb).toBeLessThan(64);
	});

	it('streams a whole 256 MiB entry (workbook check, limits raised) with memory growth under 64 MB', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'canbao-xlsx-'));
		const path = join(dir, 'persons.xlsx');
		writeFileSync(path, buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros(256) }]));
		process.env.CANBAO_UPLOAD_MAX_RATIO = '5000';
		const { mb, error } = await peakGrowth(() => checkWorkbook(path, 'persons.xlsx'));
		expect(error).toBe(null);
		expect(mb).toBeLessThan(64);
		rmSync(dir, { recursive: true, force: true });
	}, 60_000);

	it('refuses an xlsx whose shared strings would expand past the limit, and a corrupt workbook', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'canbao-xlsx-'));
		const path = join(dir, 'persons.xlsx');
		writeFileSync(path, buildZip([{ name: 'xl/sharedStrings.xml', data: zeros(300) }, { name: 'xl/worksheets/sheet1.xml', data: deflated('<x/>') }]));
		await expect(checkWorkbook(path, 'persons.xlsx')).rejects.toThrow('压缩比异常');
		process.env.CANBAO_UPLOAD_MAX_RATIO = '5000';
		await expect(checkWorkbook(path, 'persons.xlsx')).rejects.toThrow('工作簿 persons.xlsx 的共享字符串（xl/sharedStrings.xml）解压后为 300 MB，超过上限 256 MB');
		writeFileSync(path, 'PK not really');
		await expect(checkWorkbook(path, 'persons.xlsx')).rejects.toThrow('工作簿 persons.xlsx 不是有效的 .xlsx 文件');
		rmSync(dir, { recursive: true, force: true });
	});

	it('refuses at unpack a zip whose middle entry is corrupt (CRC), removing its partial file', async () => {
		const persons = 'AAC002,AAC003\n' + '520302198001011234,张三\n'.repeat(2000);
		const corrupt = Buffer.from(persons);
		corrupt[corrupt.length >> 1] ^= 0x20; // stored, one byte flipped: only the CRC can tell
		await put('zip-corrupt', 'snap.zip', buildZip([
			{ name: 's/enrolments.csv', data: deflated('AAC002\n1\n') },
			{ name: 's/persons.csv', data: corrupt, declaredCrc: deflated(persons).crc },
			{ name: 's/units.csv', data: deflated('AAB001\n') }
		]));
		await expect(expandZips('zip-corrupt')).rejects.toThrow('压缩包 snap.zip 中的 s/persons.csv 已损坏（CRC 校验失败），请重新压缩后上传');
		expect(existsSync(join(filesDir('zip-corrupt'), 's', 'persons.csv'))).toBe(false);
		expect(existsSync(join(filesDir('zip-corrupt'), 's', 'units.csv'))).toBe(false);

		// deflated data damaged in the middle: refused as damaged (a data error or the CRC)
		const good = deflated(persons);
		const broken = Buffer.from(good.deflated);
		for (let i = 0; i < 16; i++) broken[(broken.length >> 1) + i] ^= 0xff;
		await put('zip-corrupt2', 'snap.zip', buildZip([{ name: 's/enrolments.csv', data: deflated('x') }, { name: 's/persons.csv', data: { ...good, deflated: broken } }]));
		await expect(expandZips('zip-corrupt2')).rejects.toThrow(/s\/persons\.csv 已损坏/);
		expect(existsSync(join(filesDir('zip-corrupt2'), 's', 'persons.csv'))).toBe(false);
	});

	it('refuses a zip with too many entries before unpacking any', async () => {
		const entries = Array.from({ length: 1001 }, (_, i) => ({ name: `s/f${i}.csv`, data: Buffer.from('x') }));
		await put('zip-many', 'snap.zip', buildZip(entries));
		await expect(expandZips('zip-many')).rejects.toThrow('压缩包 snap.zip 包含 1001 个条目，超过上限 1000 个，已拒绝');
		expect(existsSync(join(filesDir('zip-many'), 's'))).toBe(false);
		process.env.CANBAO_UPLOAD_MAX_ZIP_ENTRIES = '2000';
		await expandZips('zip-many');
		expect(listFiles(join(filesDir('zip-many'), 's'))).toHaveLength(1001);
	});
});
