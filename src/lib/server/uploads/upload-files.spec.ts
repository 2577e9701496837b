import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { zipSync, strToU8 } from 'fflate';
import { appendUploadedChunk, expandZips, filesDir, safeRelativePath, snapshotRoot, writeUploadedFile } from './upload-files.ts';

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'canbao-uploads-'));
	process.env.CANBAO_UPLOADS = root;
});
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	delete process.env.CANBAO_UPLOADS;
});

describe('upload files', () => {
	it('refuses names that would leave the upload folder', () => {
		expect(() => safeRelativePath('../../etc/passwd')).toThrow('无效');
		expect(() => safeRelativePath('.hidden')).toThrow('无效');
		expect(safeRelativePath('2016-12-31\\persons.csv')).toBe('2016-12-31/persons.csv');
		expect(safeRelativePath('/2016-12-31/persons.csv')).toBe('2016-12-31/persons.csv');
	});

	it('keeps a chosen folder and finds the snapshot inside it', () => {
		writeUploadedFile('upload-a1', '2016-12-31/persons.csv', strToU8('AAC002\n'));
		writeUploadedFile('upload-a1', '2016-12-31/enrolments.csv', strToU8('AAC002\n'));
		expect(snapshotRoot('upload-a1')).toBe(join(filesDir('upload-a1'), '2016-12-31'));
	});

	it('unzips a zip with a wrapping folder and skips macOS extras', () => {
		const zip = zipSync({
			'export/2017-03-31/persons.csv': strToU8('AAC002\n1\n'),
			'export/2017-03-31/manifest.json': strToU8('{}'),
			'__MACOSX/export/._persons.csv': strToU8('x')
		});
		writeUploadedFile('upload-b2', 'snap.zip', zip);
		expandZips('upload-b2');
		const dir = snapshotRoot('upload-b2');
		expect(dir).toBe(join(filesDir('upload-b2'), 'export', '2017-03-31'));
		expect(readFileSync(join(dir, 'persons.csv'), 'utf8')).toBe('AAC002\n1\n');
		expect(existsSync(join(filesDir('upload-b2'), '__MACOSX'))).toBe(false);
		expect(existsSync(join(filesDir('upload-b2'), 'snap.zip'))).toBe(false);
	});

	it('assembles a file from consecutive pieces and refuses a gap', () => {
		expect(appendUploadedChunk('upload-d4', 's/persons.csv', 0, strToU8('AAC0'))).toBe(4);
		expect(appendUploadedChunk('upload-d4', 's/persons.csv', 4, strToU8('02\n'))).toBe(7);
		expect(() => appendUploadedChunk('upload-d4', 's/persons.csv', 9, strToU8('x'))).toThrow('不连续');
		expect(readFileSync(join(filesDir('upload-d4'), 's', 'persons.csv'), 'utf8')).toBe('AAC002\n');
	});

	it('refuses a file that is not a zip', () => {
		writeUploadedFile('upload-c3', 'bad.zip', strToU8('not a zip'));
		expect(() => expandZips('upload-c3')).toThrow('压缩包无法解压');
	});
});
