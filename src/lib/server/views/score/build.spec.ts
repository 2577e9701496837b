import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import { computeMetrics } from '../../metrics/metrics.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';
import { buildScorecard } from './build.ts';
import { PROBLEM_RULES } from './indicators.ts';

describe('buildScorecard on the example snapshot (three quarters)', () => {
	let fixture: { db: Database; dispose: () => void };
	beforeAll(async () => void (fixture = await openFixtureDatabase()), 120_000);
	afterAll(() => fixture?.dispose());

	it('scores each child of 贵阳 from the engine figures of that child, recomputed here', async () => {
		const card = await buildScorecard(fixture.db, '5201', '2017-03-31', DEFAULT_PLAN);
		expect(card.previous).toBe('2016-12-31');
		expect(card.rows.length).toBeGreaterThan(0);
		const withData = card.rows.filter((r) => r.composite !== null);
		expect(withData.length).toBeGreaterThan(0);
		for (const row of card.rows.filter((r) => r.composite === null)) {
			// a child without persons rows: every indicator and the gap missing, unranked
			expect(row.indicators.every((i) => i.value === null && i.score === null)).toBe(true);
			expect([row.rank, row.gap.pension]).toEqual([null, null]);
		}
		for (const row of withData) {
			const now = (await computeMetrics(fixture.db, row.code, '2017-03-31', DEFAULT_PLAN)).metrics;
			const then = (await computeMetrics(fixture.db, row.code, '2016-12-31', DEFAULT_PLAN)).metrics;
			const value = (key: string) => row.indicators.find((i) => i.key === key)!.value;
			expect(value('pension_coverage')).toBe(now['pension.coverage']);
			expect(value('registration_rate')).toBe(now.registration_rate);
			const u0 = then['pension.uninsured'] as number;
			const u1 = now['pension.uninsured'] as number;
			expect(value('uninsured_reduction')).toBe(u0 > 0 ? (u0 - u1) / u0 : null);
			expect(row.gap.pension).toBe(now['pension.gap_to_target']);
			const problems = PROBLEM_RULES.reduce((s, k) => s + (now[k] as number), 0);
			// persons rows of the child, counted straight from the persons table
			const [{ n }] = await fixture.db.all<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM persons WHERE as_of = '2017-03-31' AND starts_with(code, $code)`, { code: row.code });
			expect(value('data_quality_rate')).toBeCloseTo(1 - Math.min(1, problems / n), 10);
			// composite by hand over the indicators that have a value
			const present = row.indicators.filter((i) => i.value !== null);
			const w = present.reduce((s, i) => s + i.weight, 0);
			const expected = present.reduce((s, i) => s + i.weight * 100 * Math.min(1, Math.max(0, (i.value as number) / i.target)), 0) / w;
			expect(row.composite).toBeCloseTo(expected, 10);
		}
	});
	it('南明区 enrolled its 91s in 2017-03-31: its 应参未参 fell to 0, a 100% reduction scoring full marks', async () => {
		const card = await buildScorecard(fixture.db, '5201', '2017-03-31', DEFAULT_PLAN);
		const nanming = card.rows.find((r) => r.code === '520102')!;
		const red = nanming.indicators.find((i) => i.key === 'uninsured_reduction')!;
		expect(red.score).toBe(red.value === null ? null : 100 * Math.min(1, Math.max(0, red.value / 0.1)));
	});
	it('the first snapshot has no previous one: the reduction is missing (—), not 0', async () => {
		const card = await buildScorecard(fixture.db, '5201', '2016-09-30', DEFAULT_PLAN);
		for (const row of card.rows) expect(row.indicators.find((i) => i.key === 'uninsured_reduction')!.score).toBeNull();
	});
});
