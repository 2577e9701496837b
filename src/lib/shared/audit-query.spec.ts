import { describe, expect, it } from 'vitest';
import { describeAuditQuery } from './audit-query.ts';

describe('describeAuditQuery', () => {
	it('writes an audit query in Chinese', () => {
		expect(describeAuditQuery({ page: '/quality', region: '520302', snapshot: '2017-12-31', rule: 'id_invalid', list_page: 1 })).toBe(
			'页面 数据质量；地区 520302；快照 2017年12月31日；规则 公民身份号码无效；第1页'
		);
		expect(describeAuditQuery({ insurance: 'medical', metric: 'coverage', snapshots: '2017-09-30,2017-12-31' })).toBe('险种 医疗保险；指标 参保率；快照 2017年9月30日、2017年12月31日');
	});
	it('keeps unknown keys and drops empty values', () => {
		expect(describeAuditQuery({ odd: 'x', blank: '', none: null })).toBe('odd x');
		expect(describeAuditQuery({})).toBe('');
	});
});
