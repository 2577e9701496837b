import { InputError } from '../errors.ts';
import { describeAuditQuery } from '../../shared/audit-query.ts';
import { beijingTime } from '../../shared/format.ts';
import { readAudit, verifyAudit, type AuditEntry, type AuditFilter } from './audit-log.ts';

/** Chinese names of the actions written so far (others are shown as written). */
export const ACTION_LABELS: Record<string, string> = {
	'view-persons': '查看人员名单',
	'export-persons': '导出人员名单',
	'export-report': '导出情况表',
	'export-rank': '导出排名',
	'export-bulletin': '导出通报',
	'export-groups': '导出扩面人群',
	'export-duplicates': '导出重复参保',
	'export-quality': '导出数据质量',
	'sign-in': '登录',
	'sign-in-locked': '登录被锁定',
	'sign-out': '退出',
	'user-add': '新建账号',
	'user-disable': '停用账号',
	'user-enable': '启用账号',
	'user-remove': '删除账号',
	'user-reset': '重设密码',
	'user-token': '发放 API 令牌',
	'user-token-revoke': '作废 API 令牌'
};

export const PAGE_SIZE = 100;

export interface AuditQuery extends AuditFilter {
	page: number;
}

/** Reads and checks the viewer's URL parameters; a malformed one is an InputError naming it. */
export function parseAuditQuery(params: URLSearchParams): AuditQuery {
	const get = (key: string) => params.get(key)?.trim() || undefined;
	const query: AuditQuery = { user: get('user'), action: get('action'), from: get('from'), to: get('to'), page: 1 };
	if (query.user && !/^[A-Za-z0-9_.:-]{1,64}$/.test(query.user)) throw new InputError(`用户名“${query.user.slice(0, 40)}”无效`);
	if (query.action && !/^[a-z-]{1,40}$/.test(query.action)) throw new InputError(`操作“${query.action.slice(0, 40)}”无效`);
	for (const key of ['from', 'to'] as const) {
		const day = query[key];
		if (day && !(/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)))) {
			throw new InputError(`${key === 'from' ? '起始' : '截止'}日期“${day.slice(0, 40)}”格式不正确，应为 YYYY-MM-DD`);
		}
	}
	const page = get('page');
	if (page !== undefined) {
		if (!/^\d{1,6}$/.test(page) || Number(page) < 1) throw new InputError(`页码“${page.slice(0, 40)}”无效`);
		query.page = Number(page);
	}
	return query;
}

export interface AuditRow {
	at: string;
	user: string;
	role: string;
	action: string;
	actionLabel: string;
	query: string;
	rows: number;
}


export function auditRow(e: AuditEntry): AuditRow {
	return {
		at: beijingTime(e.at),
		user: e.user,
		role: e.role,
		action: e.action,
		actionLabel: ACTION_LABELS[e.action] ?? e.action,
		query: describeAuditQuery(e.query),
		rows: e.rows
	};
}

/**
 * Which entries a 管理员 may read (issue 14, finding 7): one of the province (a 2-digit scope) reads the
 * whole log; any other only entries of users inside their scope, about accounts inside it, or about a
 * region inside it. `scopeOf` gives the scope of a user name (undefined for names that are no account).
 */
export function auditVisibility(viewerScope: string, scopeOf: (username: string) => string | undefined): ((e: AuditEntry) => boolean) | undefined {
	if (viewerScope.length <= 2) return undefined;
	const inside = (code: unknown) => typeof code === 'string' && code.startsWith(viewerScope);
	return (e) => inside(scopeOf(e.user)) || inside(e.query?.region) || (typeof e.query?.username === 'string' && inside(scopeOf(e.query.username)));
}

/** One page of the viewer: newest first (only what `visible` lets through), plus whether the chain of the whole log is intact. */
export function auditPage(query: AuditQuery, visible?: (e: AuditEntry) => boolean) {
	const entries = readAudit(PAGE_SIZE + 1, { ...query, visible }, (query.page - 1) * PAGE_SIZE);
	return {
		rows: entries.slice(0, PAGE_SIZE).map(auditRow),
		hasNext: entries.length > PAGE_SIZE,
		integrity: verifyAudit()
	};
}
