import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import { buildKpis } from './kpis.ts';
import { computeMetrics } from '../../metrics/metrics.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

describe('buildKpis', () => {
	it('shows the engine figures of the region with their change since the previous snapshot', async () => {
		const now = (await computeMetrics(fixture.db, '5201', '2017-03-31', DEFAULT_PLAN)).metrics;
		const before = (await computeMetrics(fixture.db, '5201', '2016-12-31', DEFAULT_PLAN)).metrics;
		const kpis = buildKpis(now, before, 'pension', DEFAULT_PLAN);
		expect(kpis.map((k) => k.key)).toEqual([
			'registration_rate',
			'pension.coverage',
			'medical.coverage',
			'pension.gap_to_target',
			'pension.uninsured',
			'pension.duplicate_enrolled',
			'verification_rate'
		]);
		for (const k of kpis) expect(k.value).toBe(now[k.key]);
		const pension = kpis.find((k) => k.key === 'pension.coverage')!;
		expect(pension.change).toBeCloseTo(now['pension.coverage_delta'] as number, 9);
		expect(pension.change).toBeGreaterThan(0);
		expect(pension.status).toBe(now['pension.status']);
		const uninsured = kpis.find((k) => k.key === 'pension.uninsured')!;
		expect(uninsured.change).toBe((now['pension.uninsured'] as number) - (before['pension.uninsured'] as number));
		expect(uninsured.change).toBeLessThan(0);
	});

	it('adds the chosen insurance when it is neither pension nor medical, and has no change on the first snapshot', async () => {
		const first = (await computeMetrics(fixture.db, '52', '2016-09-30', DEFAULT_PLAN)).metrics;
		const kpis = buildKpis(first, null, 'injury', DEFAULT_PLAN);
		expect(kpis.map((k) => k.key)).toContain('injury.coverage');
		expect(kpis.map((k) => k.key)).toContain('injury.uninsured');
		expect(kpis.every((k) => k.change === null)).toBe(true);
	});
});
