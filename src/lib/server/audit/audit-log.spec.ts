import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAudit, recordAudit, verifyAudit } from './audit-log.ts';

let dir: string;
let path: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-audit-'));
	path = join(dir, 'audit.log');
	process.env.CANBAO_AUDIT = path;
});
afterEach(() => {
	delete process.env.CANBAO_AUDIT;
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
		expect(verifyAudit()).toEqual({ entries: 60, brokenAt: null });
	});

	it('chains the entries so that a line changed or removed by hand is detected', () => {
		for (let i = 0; i < 5; i++) recordAudit({ user: 'u', role: 'operator', action: 'export-persons', query: { i }, rows: 10 + i });
		expect(verifyAudit()).toEqual({ entries: 5, brokenAt: null });
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		writeFileSync(path, [...lines.slice(0, 2), lines[2].replace('"rows":12', '"rows":0'), ...lines.slice(3)].join('\n') + '\n');
		expect(verifyAudit().brokenAt).toBe(3);
		writeFileSync(path, [...lines.slice(0, 1), ...lines.slice(2)].join('\n') + '\n');
		expect(verifyAudit().brokenAt).toBe(2);
	});

	it('reads nothing when there is no log yet', () => {
		expect(readAudit()).toEqual([]);
		expect(verifyAudit()).toEqual({ entries: 0, brokenAt: null });
	});
});
