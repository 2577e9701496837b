import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendUploadedChunk, filesDir } from '../../src/lib/server/uploads/upload-files.ts';
import {
	abandonedUploads, cleanAbandonedUploads, createUpload, notePiece, removeAbandonedUpload, startValidation, uploadStatus, withoutServerPaths
} from '../../src/lib/server/uploads/upload-jobs.ts';

/**
 * The upload job with the real CLI as its child process: validation reports its steps and finds the
 * shrink of a replacement; uploads left on disk are cleaned on start, listed when idle and removable.
 */
const FIXTURE = 'tests/fixtures/example/2016-12-31';
let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'canbao-upload-jobs-'));
	process.env.CANBAO_UPLOADS = join(root, 'uploads');
});
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	delete process.env.CANBAO_UPLOADS;
	delete process.env.CANBAO_UPLOAD_IDLE_MINUTES;
});

async function send(id: string, name: string, text: string): Promise<void> {
	const received = await appendUploadedChunk(id, name, 0, Buffer.from(text));
	notePiece(id, received, true);
}

async function settle(id: string) {
	const seen: string[] = [];
	for (;;) {
		const s = uploadStatus(id);
		if (s.step && seen.at(-1) !== s.step) seen.push(s.step);
		if (s.phase !== 'validating') return { status: s, seen };
		await new Promise((r) => setTimeout(r, 25));
	}
}

describe('upload jobs', () => {
	it('validates in a scratch database, reporting steps, and finds a sharp shrink of a loaded date', async () => {
		const lines = readFileSync(join(FIXTURE, 'persons.csv'), 'utf8').trimEnd().split('\n');
		const { id } = createUpload();
		await send(id, '2016-12-31/persons.csv', lines.slice(0, 11).join('\n') + '\n');
		await send(id, '2016-12-31/enrolments.csv', readFileSync(join(FIXTURE, 'enrolments.csv'), 'utf8'));
		startValidation(id, [{ as_of: '2016-12-31', persons: lines.length - 1 }]);
		const { status, seen } = await settle(id);
		expect(status.phase, status.message ?? '').toBe('valid');
		expect(status.summaries[0].rows.persons).toBe(10);
		expect(status.shrinks).toEqual([{ asOf: '2016-12-31', before: lines.length - 1, after: 10, change: (10 - (lines.length - 1)) / (lines.length - 1) }]);
		expect(seen[0]).toBe('解压并检查压缩包');
		expect(seen).toContain('读取文件、检查列');
		expect(seen).toContain('汇总各级统计');
		expect(status.step).toBe(null);
		// validated but never confirmed: abandoned once idle
		process.env.CANBAO_UPLOAD_IDLE_MINUTES = '0';
		expect(abandonedUploads().map((u) => [u.id, u.state, u.files])).toEqual([[id, '校验通过，待确认（已闲置）', 2]]);
		removeAbandonedUpload(id);
		expect(existsSync(join(root, 'uploads', id))).toBe(false);
		expect(() => uploadStatus(id)).toThrow('没有这个上传');
	}, 120_000);

	it('lists uploads left on disk with their size, and removes them all on start', async () => {
		process.env.CANBAO_UPLOAD_IDLE_MINUTES = '60';
		const { id } = createUpload();
		await send(id, 's/persons.csv', 'AAC002\n1\n');
		expect(abandonedUploads()).toEqual([]); // active and not idle
		const left = join(root, 'uploads', 'left-by-a-kill-0001', 'files', 's');
		mkdirSync(left, { recursive: true });
		writeFileSync(join(left, 'persons.csv'), 'x'.repeat(2048));
		const old = new Date('2026-01-02T03:04:00Z');
		utimesSync(join(left, 'persons.csv'), old, old);
		utimesSync(join(root, 'uploads', 'left-by-a-kill-0001'), old, old);
		expect(abandonedUploads()).toEqual([{ id: 'left-by-a-kill-0001', state: '未完成（服务器重启前留下）', lastActivity: '2026-01-02 11:04', files: 1, bytes: 2048 }]);
		expect(statSync(join(root, 'uploads')).mode & 0o777).toBe(0o700);
		// a new server process knows none of them
		expect(cleanAbandonedUploads()).toBe(1); // the one this process knows stays
		expect(readdirSync(join(root, 'uploads'))).toEqual([id]);
	});

	it('shows no server folders in messages, and caps the uploads at work at once', () => {
		const id = readdirSync(join(root, 'uploads'))[0];
		expect(withoutServerPaths(`${filesDir(id)}/2016-12-31 中没有 persons.csv`, id)).toBe('2016-12-31 中没有 persons.csv');
		process.env.CANBAO_UPLOAD_MAX_ACTIVE = '2';
		createUpload(); // with the one of the test above: 2 at work
		expect(() => createUpload()).toThrow('已有 2 个上传在进行或等待确认（上限 2 个）');
		delete process.env.CANBAO_UPLOAD_MAX_ACTIVE;
	});
});
