import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAudit } from './audit-log.ts';
import { PAGE_SIZE, auditPage, auditVisibility, parseAuditQuery } from './audit-view.ts';

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
		expect(first.integrity).toEqual({ entries: PAGE_SIZE + 3, brokenAt: null, problem: null, torn: [] });
	});
	it('shows a county 管理员 only entries of its users, accounts and regions; the province 管理员 all (finding 7)', () => {
		const scopes: Record<string, string> = { jingban: '520302', admin_xian: '520302', guiyang: '5201', admin: '52' };
		recordAudit({ user: 'guiyang', role: 'operator', action: 'view-persons', query: { page: '/quality', region: '5201' }, rows: 5 });
		recordAudit({ user: 'jingban', role: 'operator', action: 'export-persons', query: { region: '520302' }, rows: 3 });
		recordAudit({ user: 'admin', role: 'admin', action: 'user-reset', query: { username: 'jingban' }, rows: 1 });
		recordAudit({ user: 'admin', role: 'admin', action: 'user-reset', query: { username: 'guiyang' }, rows: 1 });
		recordAudit({ user: 'nobody', role: '', action: 'sign-in-locked', query: { from: '1.2.3.4' }, rows: 0 });
		const county = auditPage({ page: 1 }, auditVisibility('520302', (u) => scopes[u]));
		expect(county.rows.map((r) => [r.user, r.action, r.query])).toEqual([
			['admin', 'user-reset', '用户名 jingban'],
			['jingban', 'export-persons', '地区 520302']
		]);
		expect(auditPage({ page: 1, user: 'guiyang' }, auditVisibility('520302', (u) => scopes[u])).rows).toEqual([]);
		expect(auditPage({ page: 1 }, auditVisibility('52', (u) => scopes[u])).rows).toHaveLength(5);
	});
});
