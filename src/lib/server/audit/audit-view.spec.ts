import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAudit } from './audit-log.ts';
import { PAGE_SIZE, auditPage, parseAuditQuery } from './audit-view.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-audit-view-'));
	process.env.CANBAO_AUDIT = join(dir, 'audit.log');
});
afterEach(() => {
	delete process.env.CANBAO_AUDIT;
	rmSync(dir, { recursive: true, force: true });
});

describe('audit viewer', () => {
	it('reads its parameters and refuses malformed ones in Chinese', () => {
		expect(parseAuditQuery(new URLSearchParams('user=jingban&action=export-persons&from=2026-01-01&page=2'))).toEqual({
			user: 'jingban', action: 'export-persons', from: '2026-01-01', to: undefined, page: 2
		});
		expect(() => parseAuditQuery(new URLSearchParams("user=x' OR 1=1"))).toThrow('用户名');
		expect(() => parseAuditQuery(new URLSearchParams('action=DROP TABLE'))).toThrow('操作');
		expect(() => parseAuditQuery(new URLSearchParams('from=2026-13-45'))).toThrow('起始日期');
		expect(() => parseAuditQuery(new URLSearchParams('page=0'))).toThrow('页码');
	});
	it('pages newest first with Chinese labels and reports the chain intact', () => {
		for (let i = 0; i < PAGE_SIZE + 3; i++) recordAudit({ user: 'jingban', role: 'operator', action: 'export-persons', query: { page: '/hotspots', region: '520303' }, rows: i });
		const first = auditPage({ page: 1 });
		expect(first.rows).toHaveLength(PAGE_SIZE);
		expect(first.hasNext).toBe(true);
		expect(first.rows[0]).toMatchObject({ user: 'jingban', actionLabel: '导出人员名单', rows: PAGE_SIZE + 2, query: '页面 应参未参；地区 520303' });
		expect(first.rows[0].at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		const second = auditPage({ page: 2 });
		expect(second.rows.map((r) => r.rows)).toEqual([2, 1, 0]);
		expect(second.hasNext).toBe(false);
		expect(first.integrity).toEqual({ entries: PAGE_SIZE + 3, brokenAt: null });
	});
});
