import { describe, expect, it } from 'vitest';
import { progressTracker } from './load-progress.ts';

const ONE = ['stage', 'load/units', 'load/population', 'load/enrolments', 'load/ids', 'load/persons',
	...Array.from({ length: 12 }, (_, i) => `aggregate/a${i}`), 'commit'];

describe('progressTracker', () => {
	it('follows the loader step lines of one snapshot', () => {
		const t = progressTracker(1);
		expect(t.start()).toEqual({ step: '读取文件、检查列', fraction: 0 });
		expect(t.line('  stage: 1.20 s (cpu 2.00 s)')).toEqual({ step: '写入单位、户籍人口与参保记录', fraction: 1 / 19 });
		expect(t.line('快照 2016-12-31（范围 52）')).toBe(null);
		const seen = ONE.slice(1).map((s) => t.line(`  ${s}: 0.10 s (cpu 0.10 s)`)!);
		expect(seen[3].step).toBe('写入人员'); // after load/ids
		expect(seen[4].step).toBe('汇总各级统计'); // after load/persons
		expect(seen.at(-1)).toEqual({ step: '核对结果', fraction: 1 });
	});

	it('numbers the snapshots of a batch', () => {
		const t = progressTracker(2);
		expect(t.start().step).toBe('快照 1/2：读取文件、检查列');
		for (const s of ONE) t.line(`  ${s}: 0.10 s`);
		expect(t.line('  stage: 0.50 s')).toEqual({ step: '快照 2/2：写入单位、户籍人口与参保记录', fraction: 20 / 38 });
	});
});
