import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `canbao load` as a real process: replacing the example quarter (42 persons) with a file of fewer than
 * half its persons is refused without --confirm-shrink (exit 1, the file byte for byte as it was) and
 * loaded with it; 21 of 42 (exactly half) needs no confirmation.
 */
const FIXTURE = 'tests/fixtures/example/2016-12-31';
let dir: string;
let db: string;

const canbao = (...args: string[]) => {
	const r = spawnSync('node', ['bin/canbao.js', ...args, '--db', db], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
};
const persons = () => (JSON.parse(canbao('snapshots', '--json').out) as { as_of: string; persons: number }[]).map((s) => [s.as_of, s.persons]);
const digest = () => createHash('sha256').update(readFileSync(db)).digest('hex');

/** The fixture with only the first `n` persons lines (the header kept). */
function cut(n: number): string {
	const folder = join(dir, `cut-${n}`, '2016-12-31');
	cpSync(FIXTURE, folder, { recursive: true });
	const lines = readFileSync(join(FIXTURE, 'persons.csv'), 'utf8').trimEnd().split('\n');
	writeFileSync(join(folder, 'persons.csv'), lines.slice(0, n + 1).join('\n') + '\n');
	return folder;
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-shrink-'));
	db = join(dir, 'db.duckdb');
	expect(canbao('load', FIXTURE).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('canbao load: a sharp shrink of a loaded quarter', () => {
	it('is refused without --confirm-shrink, with both counts, and the database unchanged', () => {
		const total = readFileSync(join(FIXTURE, 'persons.csv'), 'utf8').trimEnd().split('\n').length - 1;
		expect(persons()).toEqual([['2016-12-31', total]]);
		const before = digest();
		const run = canbao('load', cut(10));
		expect(run.code).toBe(1);
		expect(run.err).toContain(`导入被拒绝：快照 2016-12-31 已导入，本次人员数 ${total} → 10（−${Math.round(((total - 10) / total) * 100)}%），少于原有的 50%`);
		expect(run.err).toContain('--confirm-shrink');
		expect(run.err).toContain('数据库未作任何改动');
		expect(digest()).toBe(before);
		expect(persons()).toEqual([['2016-12-31', total]]);
	});

	it('is loaded with --confirm-shrink', () => {
		const run = canbao('load', cut(10), '--confirm-shrink', '--json');
		expect(run.code, run.err).toBe(0);
		expect(JSON.parse(run.out)[0].rows.persons).toBe(10);
		expect(persons()).toEqual([['2016-12-31', 10]]);
	});

	it('needs no confirmation at half or more', () => {
		expect(canbao('load', FIXTURE).code).toBe(0); // 10 → 42 grows
		expect(canbao('load', cut(21)).code).toBe(0); // 42 → 21: exactly half
		expect(persons()).toEqual([['2016-12-31', 21]]);
	});
});
