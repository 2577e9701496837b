import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { renderQuery } from './sql-template.ts';

/** GB 11643 check digit, written out in JS to test the SQL macro against. */
function check(id17: string): string {
	const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	const sum = [...id17].reduce((s, d, i) => s + Number(d) * w[i], 0);
	return '10X98765432'[sum % 11];
}

describe('generator macros', () => {
	it('computes GB 11643 check digits and uncorrelated draws', async () => {
		const con = await (await DuckDBInstance.create(':memory:')).connect();
		await con.run(renderQuery('macros', { seed: 3 }));
		const ids = ['52010219750312023', '52010219800708024', '52032819910308096', '11010519491231002'];
		for (const id of ids) {
			const r = await con.runAndReadAll(`SELECT gb_check('${id}') AS c`);
			expect(r.getRowObjectsJS()[0].c).toBe(check(id));
		}
		expect(check('52010219800708024')).toBe('X');
		const r = await con.runAndReadAll(`SELECT avg(gu(i, 0, 'a')) AS m, corr(gu(i, 0, 'a'), gu(i, 0, 'b')) AS c,
			min(gi(i, 1, 'x', 7)) AS lo, max(gi(i, 1, 'x', 7)) AS hi FROM range(50000) t(i)`);
		const s = r.getRowObjectsJS()[0] as Record<string, number>;
		expect(Math.abs(s.m - 0.5)).toBeLessThan(0.01);
		expect(Math.abs(s.c)).toBeLessThan(0.02);
		expect([Number(s.lo), Number(s.hi)]).toEqual([0, 6]);
		con.closeSync();
	});
});
