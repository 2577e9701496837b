import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from './fixture-database.ts';
import { coverageTrendByRegion, regionRows } from './region-rows.ts';
import { displayName, isBehind, pointsChange, regionFigures } from './region-figures.ts';
import { computeMetrics } from '../../metrics/metrics.ts';
import { DEFAULT_PLAN, stageAt } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

describe('isBehind', () => {
	it('compares pension coverage with the milestone exactly', () => {
		expect(isBehind(9, 10, 0.9)).toBe(false); // 90.0% meets a 90% milestone
		expect(isBehind(8999, 10000, 0.9)).toBe(true); // 89.99% does not
		expect(isBehind(1, 10, null)).toBeNull(); // no milestone yet
		expect(isBehind(0, 0, 0.8)).toBeNull(); // no eligible persons
	});
});

describe('pointsChange and displayName', () => {
	it('gives percentage points and null when a side is missing', () => {
		expect(pointsChange(0.926, 0.913)).toBeCloseTo(1.3, 9);
		expect(pointsChange(null, 0.9)).toBeNull();
	});
	it('names a data-only township code', () => {
		expect(displayName('520302000', null)).toBe('520302000（乡镇未明）');
		expect(displayName('5203', '遵义市')).toBe('遵义市');
	});
});

describe('regionFigures', () => {
	it('matches the engine figures of each child: coverage, delta, status, projection', async () => {
		const { db } = fixture;
		const { rows } = await regionRows(db, '52', 4, undefined, DEFAULT_PLAN);
		const trends = await coverageTrendByRegion(db, '52', 4, undefined, 'pension');
		for (const row of rows.filter((r) => r.hasData)) {
			const f = regionFigures(row, 'pension', '2017-03-31', DEFAULT_PLAN, trends.get(row.code));
			const own = (await computeMetrics(db, row.code, undefined, DEFAULT_PLAN)).metrics;
			expect(f.coverage).toBe(own['pension.coverage']);
			expect(f.delta).toBeCloseTo(own['pension.coverage_delta'] as number, 9);
			expect(f.status).toBe(own['pension.status']);
			expect(f.projection).toBe(own['pension.projection']);
			expect(f.gap).toBe(own['pension.gap_to_target']);
			expect(f.stage).toBe(stageAt(DEFAULT_PLAN, row.code, '2017-03-31'));
		}
		const empty = regionFigures(rows.find((r) => !r.hasData)!, 'pension', '2017-03-31', DEFAULT_PLAN, undefined);
		expect([empty.coverage, empty.uninsured, empty.quality, empty.behind]).toEqual([null, null, null, null]);
	});
});
