import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from './fixture-database.ts';
import { coverageTrendByRegion, regionRows } from './region-rows.ts';
import { computeMetrics, coverageTrend } from '../../metrics/metrics.ts';
import { regionWithChildren } from '../../metrics/regions.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

const plan = DEFAULT_PLAN;
const withoutProgress = (m: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(m).filter(([k]) => !/(coverage_delta|projection)$/.test(k)));

describe('regionRows', () => {
	it('lists the same children as the engine, with the metrics computeMetrics gives each child', async () => {
		const { db } = fixture;
		const { rows, snapshot, previousSnapshot } = await regionRows(db, '52', 4, '2016-12-31', plan);
		const { children } = await regionWithChildren(db, '52', '2016-12-31');
		expect(rows.map((r) => r.code)).toEqual(children.map((c) => c.code));
		expect(snapshot.as_of).toBe('2016-12-31');
		expect(previousSnapshot?.as_of).toBe('2016-09-30');
		for (const row of rows.filter((r) => r.hasData)) {
			const own = await computeMetrics(db, row.code, '2016-12-31', plan);
			expect(withoutProgress(row.metrics)).toEqual(withoutProgress(own.metrics));
			const before = await computeMetrics(db, row.code, '2016-09-30', plan);
			expect(row.previous?.['pension.insured']).toBe(before.metrics['pension.insured']);
		}
		expect(rows.filter((r) => r.hasData).map((r) => r.code)).toEqual(['5201', '5203']);
	});

	it('lists townships two levels down, data-only codes included, with names from the reference', async () => {
		const { rows } = await regionRows(fixture.db, '5201', 9, undefined, plan);
		const withData = rows.filter((r) => r.hasData).map((r) => r.code);
		expect(withData).toEqual(['520102016', '520102017', '520111004']);
		expect(rows.find((r) => r.code === '520102016')?.name).toBeTruthy();
		expect(rows.every((r) => r.code.length === 9 && r.level === 'township')).toBe(true);
	});
});

describe('coverageTrendByRegion', () => {
	it('gives each child the coverage trend the engine computes for it alone', async () => {
		const { db } = fixture;
		const trends = await coverageTrendByRegion(db, '52', 4, undefined, 'pension');
		const { current, all } = await resolveSnapshot(db, undefined);
		for (const code of ['5201', '5203']) {
			const own = await coverageTrend(db, code, current, all);
			expect(trends.get(code)).toEqual(own.map((p) => ({ asOf: p.asOf, coverage: p.coverage.pension })));
		}
		const nanming = trends.get('5201')!.map((p) => p.coverage as number);
		expect(nanming[0]).toBeLessThan(nanming[1]);
		expect(nanming[1]).toBeLessThan(nanming[2]);
	});
});
