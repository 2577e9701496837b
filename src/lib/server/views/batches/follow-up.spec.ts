import { describe, expect, it } from 'vitest';
import { isOpen, tally } from './follow-up.ts';

const ids = [
	{ id: 'a', receiver: 'r1', code: 'r1', aab001: 'U1' },
	{ id: 'b', receiver: 'r1', code: 'r1', aab001: 'U1' },
	{ id: 'c', receiver: 'r1', code: 'r1', aab001: null },
	{ id: 'd', receiver: 'r2', code: 'r2', aab001: 'U2' },
	{ id: 'e', receiver: 'r2', code: 'r2', aab001: 'U2' }
];
// a insured, b excluded, c absent, d uninsured, e other
const classes = new Map([['a', 3], ['b', 1], ['d', 2], ['e', 0]]);

describe('batch follow-up tally', () => {
	it('counts classes per receiver with 完成率 = insured / (sent − excluded)', () => {
		const s = tally(ids, classes, (r) => r.receiver, () => null, '2017-12-31');
		const r1 = s.rows.find((r) => r.key === 'r1')!;
		expect(r1).toMatchObject({ sent: 3, insured: 1, excluded: 1, absent: 1, uninsured: 0 });
		expect(r1.rate).toBe(0.5);
		expect(s.rows.find((r) => r.key === 'r2')).toMatchObject({ sent: 2, uninsured: 1, other: 1, rate: 0 });
		expect(s.total).toMatchObject({ sent: 5, insured: 1, excluded: 1, absent: 1, uninsured: 1, other: 1, rate: 0.25 });
	});
	it('has no rate when everything is excluded, and splits by unit', () => {
		const s = tally(ids.slice(1, 2), classes, (r) => r.aab001 ?? '', () => null, 'x');
		expect(s.total.rate).toBeNull();
		expect(tally(ids, classes, (r) => r.aab001 ?? '', () => null, 'x').rows.map((r) => [r.key, r.sent])).toEqual([['U1', 2], ['', 1], ['U2', 2]]);
	});
	it('keeps uninsured, other and absent ids open', () => {
		expect(['a', 'b', 'c', 'd', 'e'].filter((id) => isOpen(classes, id))).toEqual(['c', 'd', 'e']);
	});
});
