import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import { computeMetrics } from '../../metrics/metrics.ts';
import { buildReport } from '../../metrics/report.ts';
import { regionWithChildren } from '../../metrics/regions.ts';
import { DEFAULT_PLAN, type Plan } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';
import { closeWorkStore, workStore } from '../../store/work-store.ts';
import { computeAlerts } from './compute.ts';
import { dismissAlert, openAlerts, saveRun } from './alert-store.ts';

describe('alerts on the example snapshot (three quarters)', () => {
	let fixture: { db: Database; dispose: () => void };
	const dir = mkdtempSync(join(tmpdir(), 'canbao-alerts-'));
	const storePath = join(dir, 'work.duckdb');
	beforeAll(async () => void (fixture = await openFixtureDatabase()), 120_000);
	afterAll(async () => {
		fixture?.dispose();
		await closeWorkStore(storePath);
		rmSync(dir, { recursive: true, force: true });
	});

	// every region behind a milestone of 0.99 from 2017-01-01: exactly those whose coverage is below 99%
	const strict: Plan = {
		...DEFAULT_PLAN,
		schedules: Object.fromEntries(Object.entries(DEFAULT_PLAN.schedules).map(([k, s]) => [k, { ...s, milestones: [{ date: '2017-01-01', pension: 0.99 }] }]))
	};

	it('flags exactly the regions below the schedule, checked against each one’s own metrics', async () => {
		const { asOf, alerts } = await computeAlerts(fixture.db, strict);
		expect(asOf).toBe('2017-03-31');
		const behind = alerts.filter((a) => a.kind === 'behind').map((a) => a.region).sort();
		const { children: prefectures } = await regionWithChildren(fixture.db, '52', asOf);
		const candidates = ['52', ...prefectures.filter((p) => p.name).map((p) => p.code)];
		for (const p of prefectures.filter((x) => x.name)) {
			const { children } = await regionWithChildren(fixture.db, p.code, asOf);
			candidates.push(...children.filter((c) => c.name).map((c) => c.code));
		}
		const expected: string[] = [];
		for (const code of candidates) {
			const m = (await computeMetrics(fixture.db, code, asOf, strict)).metrics;
			const eligible = m['pension.eligible'] as number;
			if (eligible > 0 && (m['pension.insured'] as number) / eligible < 0.99) expected.push(code);
		}
		expect(behind).toEqual(expected.sort());
		expect(behind.length).toBeGreaterThan(0);
		// the 情况表 checks: one alert per failing check of the province's and the prefectures' reports
		let failures = 0;
		for (const code of ['52', ...prefectures.filter((x) => x.name).map((p) => p.code)]) failures += (await buildReport(fixture.db, code, asOf, strict)).checks.filter((c) => !c.ok).length;
		expect(alerts.filter((a) => a.kind === 'check').length).toBe(failures);
	});

	it('keeps one run per stamp and shows each user the open alerts of their scope', async () => {
		const store = await workStore(storePath);
		const alerts = [
			{ region: '520102', kind: 'behind' as const, message: '南明区落后' },
			{ region: '5203', kind: 'quality_jump' as const, message: '遵义市数据质量' }
		];
		expect(await saveRun(store, 's1', '2017-03-31', alerts)).toBe(true);
		expect(await saveRun(store, 's1', '2017-03-31', alerts)).toBe(false); // computed once
		const province = await openAlerts(store, '52', 'lingdao');
		expect(province.map((a) => a.region)).toEqual(['5203', '520102']);
		expect((await openAlerts(store, '5201', 'duda')).map((a) => a.region)).toEqual(['520102']);
		// a county user cannot dismiss another prefecture's alert; dismissing hides it for that user only
		const zunyi = province.find((a) => a.region === '5203')!;
		expect(await dismissAlert(store, zunyi.id, 'duda', '5201')).toBe(false);
		expect(await dismissAlert(store, zunyi.id, 'lingdao', '52')).toBe(true);
		expect((await openAlerts(store, '52', 'lingdao')).map((a) => a.region)).toEqual(['520102']);
		expect((await openAlerts(store, '52', 'other')).length).toBe(2);
	});
});
