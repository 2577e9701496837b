import { describe, expect, it } from 'vitest';
import { refusalMessage } from './run-canbao.ts';

describe('refusalMessage', () => {
	it('keeps the loader refusal and drops the trailer', () => {
		expect(refusalMessage('导入被拒绝：persons.csv 缺少必需列 AAC002（公民身份号码）\n数据库未作任何改动。\n')).toBe(
			'persons.csv 缺少必需列 AAC002（公民身份号码）'
		);
	});

	it('ignores the step timing lines printed before a refusal', () => {
		expect(refusalMessage('  stage: 0.31 s (cpu 0.40 s)\n导入被拒绝：快照 2016-12-31 已导入\n数据库未作任何改动。\n')).toBe('快照 2016-12-31 已导入');
	});

	it('shows an input error as printed, and the error line of a crash', () => {
		expect(refusalMessage('快照日期无效\n')).toBe('快照日期无效');
		expect(refusalMessage('node:internal/x\n  at foo\nError: boom\n  at bar')).toBe('Error: boom');
	});
});
