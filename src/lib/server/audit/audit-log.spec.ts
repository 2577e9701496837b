import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flushAuditRepeats, readAudit, recordAudit, verifyAudit } from './audit-log.ts';

let dir: string;
let path: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-audit-'));
	path = join(dir, 'audit.log');
	process.env.CANBAO_AUDIT = path;
});
afterEach(() => {
	flushAuditRepeats();
	delete process.env.CANBAO_AUDIT;
	delete process.env.CANBAO_AUDIT_KEY_FILE;
	rmSync(dir, { recursive: true, force: true });
});

describe('audit log', () => {
	it('appends one line per entry and reads them back newest first', () => {
		recordAudit({ user: 'a', role: 'operator', action: 'view-persons', query: { page: '/hotspots', region: '520303' }, rows: 20 });
		recordAudit({ user: 'b', role: 'planner', action: 'export-persons', query: { page: '/groups' }, rows: 7 });
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		expect(lines).toHaveLength(2);
		const entries = readAudit();
		expect(entries.map((e) => [e.user, e.action, e.rows])).toEqual([['b', 'export-persons', 7], ['a', 'view-persons', 20]]);
		expect(entries[1].query).toEqual({ page: '/hotspots', region: '520303' });
		expect(Date.parse(entries[0].at)).toBeGreaterThan(0);
		expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('never writes a full id number', () => {
		recordAudit({ user: 'a', role: 'operator', action: 'view-persons', query: { search: '52032819910308096X' }, rows: 1 });
		const text = readFileSync(path, 'utf8');
		expect(text).not.toContain('52032819910308096X');
		expect(readAudit()[0].query.search).toBe('5203**********096X');
	});

	it('filters by user, action and day, and pages', () => {
		for (let i = 0; i < 30; i++) recordAudit({ user: i % 2 ? 'odd' : 'even', role: 'operator', action: i % 3 ? 'view-persons' : 'export-persons', query: { i }, rows: i });
		expect(readAudit(100, { user: 'odd' })).toHaveLength(15);
		expect(readAudit(100, { action: 'export-persons' })).toHaveLength(10);
		expect(readAudit(5, {}, 5).map((e) => e.rows)).toEqual([24, 23, 22, 21, 20]);
		const today = new Date().toISOString().slice(0, 10);
		expect(readAudit(100, { from: today, to: today })).toHaveLength(30);
		expect(readAudit(100, { to: '2000-01-01' })).toHaveLength(0);
	});

	it('reads across chunk boundaries of a large log', () => {
		const long = '区'.repeat(3000);
		for (let i = 0; i < 60; i++) recordAudit({ user: 'u', role: 'operator', action: 'view-persons', query: { long, i }, rows: i });
		const all = readAudit(1000);
		expect(all).toHaveLength(60);
		expect(all.map((e) => e.rows)).toEqual([...Array(60).keys()].reverse());
		expect(all.every((e) => e.query.long === long)).toBe(true);
		expect(verifyAudit()).toEqual({ entries: 60, brokenAt: null, problem: null, torn: [] });
	});

	it('chains the entries so that a line changed or removed by hand is detected', () => {
		for (let i = 0; i < 5; i++) recordAudit({ user: 'u', role: 'operator', action: 'export-persons', query: { i }, rows: 10 + i });
		expect(verifyAudit()).toEqual({ entries: 5, brokenAt: null, problem: null, torn: [] });
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		writeFileSync(path, [...lines.slice(0, 2), lines[2].replace('"rows":12', '"rows":0'), ...lines.slice(3)].join('\n') + '\n');
		expect(verifyAudit().brokenAt).toBe(3);
		writeFileSync(path, [...lines.slice(0, 1), ...lines.slice(2)].join('\n') + '\n');
		expect(verifyAudit().brokenAt).toBe(2);
	});

	it('reads nothing when there is no log yet', () => {
		expect(readAudit()).toEqual([]);
		expect(verifyAudit()).toEqual({ entries: 0, brokenAt: null, problem: null, torn: [] });
	});

	// issue 14, finding 6
	it('tolerates a torn last line: appending and reading go on, and the check names the torn line', () => {
		for (let i = 0; i < 3; i++) recordAudit({ user: 'u', role: 'operator', action: 'view-persons', query: { i }, rows: i });
		appendFileSync(path, '{"at":"2026-01-01T00:00:00.000Z","user":"u","ro'); // a crash in the middle of a write
		expect(() => recordAudit({ user: 'v', role: 'operator', action: 'sign-in', query: {}, rows: 0 })).not.toThrow();
		expect(readAudit().map((e) => e.user)).toEqual(['v', 'u', 'u', 'u']);
		expect(verifyAudit()).toEqual({ entries: 4, brokenAt: null, problem: null, torn: [4] });
		expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(6); // 3 lines, the torn one closed, the new one, ''
	});

	it('keys the chain with a key outside the log: lines deleted and the chain recomputed without the key are detected', () => {
		for (let i = 0; i < 6; i++) recordAudit({ user: 'u', role: 'operator', action: 'export-persons', query: { i }, rows: i });
		const key = join(dir, 'audit.key');
		expect(statSync(key).mode & 0o777).toBe(0o600);
		expect(readFileSync(path, 'utf8')).not.toContain(readFileSync(key, 'utf8').trim());
		// the attacker drops entries 2 and 3 and recomputes every chain value the way an unkeyed chain works
		const kept = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.rows !== 2 && e.rows !== 3);
		let previous = '0'.repeat(64);
		const forged = kept.map(({ mac: _mac, ...entry }) => {
			previous = createHash('sha256').update(previous).update(JSON.stringify(entry)).digest('hex');
			return JSON.stringify({ ...entry, hash: previous });
		});
		writeFileSync(path, forged.join('\n') + '\n');
		const check = verifyAudit();
		expect(check.brokenAt).not.toBeNull();
		expect(check.problem).toContain('锚点');
		// and with a different key (someone made a new audit.key) the original lines do not verify either
		writeFileSync(path, '');
		rmSync(key);
		rmSync(`${path}.head`);
		recordAudit({ user: 'u', role: 'operator', action: 'export-persons', query: {}, rows: 1 });
		process.env.CANBAO_AUDIT_KEY_FILE = join(dir, 'other.key');
		expect(verifyAudit().brokenAt).toBe(1);
	});

	it('detects entries cut off the end (truncation) against the anchored head', () => {
		for (let i = 0; i < 5; i++) recordAudit({ user: 'u', role: 'operator', action: 'export-persons', query: { i }, rows: i });
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		writeFileSync(path, lines.slice(0, 3).join('\n') + '\n');
		expect(verifyAudit()).toMatchObject({ entries: 3, brokenAt: 4, problem: '日志末尾缺少记录：锚点记载 5 条，现仅有 3 条（可能被截断）' });
		writeFileSync(path, '');
		expect(verifyAudit().problem).toContain('现仅有 0 条');
		rmSync(path);
		expect(verifyAudit().brokenAt).not.toBeNull();
	});

	it('writes repeated sign-in-locked entries for one name at most once a minute, with the count', () => {
		for (let i = 0; i < 130; i++) recordAudit({ user: 'victim', role: '', action: 'sign-in-locked', query: { from: '10.0.0.9' }, rows: 0 });
		recordAudit({ user: 'other', role: '', action: 'sign-in-locked', query: { from: '10.0.0.9' }, rows: 0 });
		for (let i = 0; i < 3; i++) recordAudit({ user: 'u', role: 'operator', action: 'view-persons', query: { i: 1 }, rows: 1 });
		expect(readAudit().map((e) => [e.user, e.action])).toEqual([
			['u', 'view-persons'], ['u', 'view-persons'], ['u', 'view-persons'], ['other', 'sign-in-locked'], ['victim', 'sign-in-locked']
		]);
		flushAuditRepeats(); // the end of the minute
		const [summary] = readAudit(1);
		expect([summary.user, summary.action, summary.query.repeated]).toEqual(['victim', 'sign-in-locked', 129]);
		expect(verifyAudit().brokenAt).toBeNull();
	});
});
