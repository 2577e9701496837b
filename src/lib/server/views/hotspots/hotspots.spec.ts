import { describe, expect, it } from 'vitest';
import { rankHotspots, type HotspotRow } from './hotspots.ts';

const row = (code: string, uninsured: number, eligible: number): HotspotRow => ({
	code, name: code, uninsured, uninsured_individual: uninsured, uninsured_unit: 0, interrupted: 0, eligible,
	rate: eligible === 0 ? null : uninsured / eligible, hasChildren: true
});

describe('rankHotspots', () => {
	const rows = [row('5201', 10, 100), row('5202', 30, 600), row('5203', 10, 20), row('5204', 0, 0)];

	it('ranks by 应参未参 count, ties sharing the rank', () => {
		expect(rankHotspots(rows, 'count').map((r) => [r.code, r.rank])).toEqual([
			['5202', 1], ['5201', 2], ['5203', 2], ['5204', 4]
		]);
	});

	it('ranks by rate, rows without eligible persons last and unranked', () => {
		expect(rankHotspots(rows, 'rate').map((r) => [r.code, r.rank])).toEqual([
			['5203', 1], ['5201', 2], ['5202', 3], ['5204', null]
		]);
	});
});
