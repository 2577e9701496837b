import { chineseDate } from './format.ts';
import { EXPANSION_GROUPS, INSURANCES, QUALITY_PAGE_RULES } from './insurances.ts';

/**
 * The query of an audit entry in words an administrator reads (issue 20: the column showed raw keys,
 * "rule=id_invalid list_page=1"): 页面 数据质量；地区 520302；快照 2017年12月31日；规则 公民身份号码无效；第1页.
 * Unknown keys keep their key, so nothing recorded is hidden.
 */
const PAGES: Record<string, string> = {
	'/overview': '总览', '/rank': '排名', '/bulletin': '通报', '/hotspots': '应参未参', '/employers': '单位稽核', '/groups': '扩面人群',
	'/duplicates': '重复参保', '/quality': '数据质量', '/report': '情况表', '/snapshots': '快照管理'
};
const KEYS: Record<string, string> = {
	region: '地区', snapshot: '快照', snapshots: '快照', insurance: '险种', rule: '规则', group: '人群', from: '来源地址',
	metric: '指标', level: '层级', sort: '排序', dir: '方向', gap: '差距', kind: '类别', key: '项目', search: '查询',
	username: '用户名', role: '角色', scope: '范围', aab001: '单位编号'
};
const METRICS: Record<string, string> = {
	coverage: '参保率', uninsured: '应参未参人数', gap: '距目标差人数', verification: '入户核实进度', registration: '全民参保登记率', duplicates: '重复参保人数'
};
const label = (list: readonly { key: string; label: string }[], key: string) => list.find((x) => x.key === key)?.label ?? key;

function describeValue(key: string, value: string): string {
	switch (key) {
		case 'page': return PAGES[value] ?? value;
		case 'snapshot': return /^\d{4}-\d{2}-\d{2}$/.test(value) ? chineseDate(value) : value;
		case 'snapshots': return value.split(',').map((d) => chineseDate(d)).join('、');
		case 'insurance': return label(INSURANCES, value);
		case 'rule': return label(QUALITY_PAGE_RULES, value);
		case 'group': return value.split(',').map((g) => label(EXPANSION_GROUPS, g)).join('＋');
		case 'metric': return METRICS[value] ?? value;
		case 'dir': return value === 'asc' ? '升序' : value === 'desc' ? '降序' : value;
		default: return value;
	}
}

export function describeAuditQuery(query: Record<string, unknown> | null | undefined): string {
	return Object.entries(query ?? {})
		.filter(([, value]) => value !== null && value !== undefined && value !== '')
		.map(([key, raw]) => {
			const value = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
			if (key === 'list_page') return `第${value}页`;
			if (key === 'page') return `页面 ${describeValue(key, value)}`;
			return `${KEYS[key] ?? key} ${describeValue(key, value)}`;
		})
		.join('；');
}
