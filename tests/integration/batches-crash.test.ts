import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeWorkStore, workStore } from '../../src/lib/server/store/work-store.ts';
import { listBatches } from '../../src/lib/server/views/batches/batch-store.ts';
import { tempDir } from './support/snapshot-builder.ts';

/**
 * Killing the process that writes batches (kill -9, no shutdown of any kind) loses no committed batch:
 * a child process sends batches of 300 ids in a loop and prints each batch number once createBatch has
 * returned (committed); it is killed mid-stream. Reopened, the store holds every printed batch with all
 * its ids, and no batch with only part of its ids.
 */
const dir = tempDir('canbao-batch-crash-');
const storePath = join(dir, 'work.duckdb');
afterAll(() => closeWorkStore(storePath));

const WRITER = `
import { workStore } from ${JSON.stringify(resolve('src/lib/server/store/work-store.ts'))};
import { createBatch } from ${JSON.stringify(resolve('src/lib/server/views/batches/batch-store.ts'))};
const store = await workStore(process.argv[2]);
for (let n = 1; n <= 100000; n++) {
	const ids = Array.from({ length: 300 }, (_, i) => ({ id: 'ID' + n + '-' + i, receiver: '520102016', code: '520102016001', aab001: i % 2 ? 'U' + i : null }));
	const b = await createBatch(store, { sender: 'w', sender_name: null, sender_role: 'planner', region: '520102', insurance: 'pension',
		split: 'region', grp: '', as_of: '2016-12-31', note: 'n' + n, due_date: null }, ids);
	process.stdout.write('committed ' + b.number + '\\n');
}
`;

describe('batches survive kill -9', () => {
	it('keeps every batch committed before the kill, each whole', async () => {
		const script = join(dir, 'writer.mts');
		writeFileSync(script, WRITER);
		const child = spawn('node', ['--import', 'tsx', script, storePath], { stdio: ['ignore', 'pipe', 'pipe'] });
		const committed: string[] = [];
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		await new Promise<void>((done, fail) => {
			let buffered = '';
			const timer = setTimeout(() => fail(new Error(`writer too slow: ${committed.length} batches; ${err}`)), 120_000);
			child.stdout.on('data', (d) => {
				buffered += d;
				const lines = buffered.split('\n');
				buffered = lines.pop() ?? '';
				for (const l of lines) if (l.startsWith('committed ')) committed.push(l.slice(10));
				if (committed.length >= 8 && !child.killed) {
					child.kill('SIGKILL');
					clearTimeout(timer);
				}
			});
			child.on('exit', () => (committed.length >= 8 ? done() : fail(new Error(`writer exited early: ${err}`))));
		});
		const store = await workStore(storePath);
		const batches = await listBatches(store);
		const numbers = new Set(batches.map((b) => b.number));
		for (const n of committed) expect(numbers.has(n)).toBe(true);
		const counts = await store.all<{ serial: number; n: number; ids: number }>(
			'SELECT b.serial, b.ids, count(i.id)::INTEGER AS n FROM batches b LEFT JOIN batch_ids i USING (serial) GROUP BY ALL ORDER BY serial'
		);
		expect(counts.length).toBeGreaterThanOrEqual(committed.length);
		for (const c of counts) expect([c.ids, c.n]).toEqual([300, 300]);
	}, 180_000);
});
