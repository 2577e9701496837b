import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import { regionRows } from '../shared/region-rows.ts';
import { regionFigures } from '../shared/region-figures.ts';
import { buildRank } from '../../metrics/rank.ts';
import { computeMetrics } from '../../metrics/metrics.ts';
import { competitionRanks } from '../../metrics/ranking.ts';
import { listSnapshots } from '../../metrics/snapshots.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

/** The value of one metric of one region by the engine's single-region path (not the per-child primitive). */
const valueOf = async (code: string, asOf: string, key: string) => {
	const m = (await computeMetrics(fixture.db, code, asOf, DEFAULT_PLAN)).metrics;
	// a region without persons rows then has no value (unranked), as the rank's hasData says
	if (!m.obtained) return null;
	const v = m[key];
	return typeof v === 'number' ? v : null;
};

describe('comparing with an earlier snapshot than the previous one (vs)', () => {
	it('the children delta is value(now) − value(then), in points, by a second query path', async () => {
		const dates = (await listSnapshots(fixture.db)).map((s) => s.as_of);
		const [then, now] = [dates[0], dates[dates.length - 1]];
		expect(dates.length).toBeGreaterThan(2); // `then` is not the previous snapshot
		const { rows, previousSnapshot } = await regionRows(fixture.db, '52', 4, now, DEFAULT_PLAN, then);
		expect(previousSnapshot?.as_of).toBe(then);
		let checked = 0;
		for (const row of rows.filter((r) => r.hasData)) {
			const a = await valueOf(row.code, now, 'pension.coverage');
			const b = await valueOf(row.code, then, 'pension.coverage');
			const figures = regionFigures(row, 'pension', now, DEFAULT_PLAN, undefined);
			if (a === null || b === null) expect(figures.delta).toBeNull();
			else (expect(figures.delta).toBeCloseTo((a - b) * 100, 9), checked++);
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('rank --vs: previous_rank is the competition rank of the values then, and movement their difference', async () => {
		const dates = (await listSnapshots(fixture.db)).map((s) => s.as_of);
		const [then, now] = [dates[0], dates[dates.length - 1]];
		const rank = await buildRank(fixture.db, '52', 'pension.uninsured', now, DEFAULT_PLAN, then);
		expect(rank.vs).toBe(then);
		const before = await Promise.all(rank.rows.map((r) => valueOf(r.code, then, 'pension.uninsured')));
		const expected = competitionRanks(before, false);
		rank.rows.forEach((r, i) => {
			expect(r.previous_rank).toBe(expected[i]);
			expect(r.movement).toBe(r.rank !== null && expected[i] !== null ? (expected[i] as number) - r.rank : null);
		});
		// without vs the answer is the spec's (previous snapshot) and carries no vs
		const plain = await buildRank(fixture.db, '52', 'pension.uninsured', now, DEFAULT_PLAN);
		expect(plain).not.toHaveProperty('vs');
		await expect(buildRank(fixture.db, '52', 'pension.uninsured', dates[0], DEFAULT_PLAN, now)).rejects.toThrow(/须早于所选快照/);
	});
});
