import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import type { Database } from '../../db/database.ts';
import { closeWorkStore, workStore } from '../../store/work-store.ts';
import { projectRoot } from '../../project-root.ts';
import { createBatch } from '../batches/batch-store.ts';
import { candidateIds } from '../batches/batches.ts';
import { overdueAlerts, overdueFacts } from './overdue.ts';
import { addToRun, openAlerts, saveRun } from './alert-store.ts';

/**
 * The overdue-batch alert on the three-quarter example (views/shared/fixture-database.ts): a pension list of
 * 南明区 drawn from 2016-09-30, when its insured persons were still 91; by 2017-03-31 they are 12 again.
 */
describe('overdue batches', () => {
	let fixture: { db: Database; dispose: () => void };
	const dir = mkdtempSync(join(tmpdir(), 'canbao-overdue-'));
	const storePath = join(dir, 'work.duckdb');
	beforeAll(async () => void (fixture = await openFixtureDatabase()), 120_000);
	afterAll(async () => {
		fixture?.dispose();
		await closeWorkStore(storePath);
		rmSync(dir, { recursive: true, force: true });
	});

	it('counts the open ids per receiving township past the due date, and adds each alert to a run once', async () => {
		const store = await workStore(storePath);
		const ids = await candidateIds(fixture.db, '520102', '2016-09-30', '1', '');
		const draft = { sender: 'guihua', sender_name: null, sender_role: 'planner', region: '520102', insurance: 'pension', split: 'region' as const, grp: '', as_of: '2016-09-30', note: '', due_date: '2017-01-31' };
		const batch = await createBatch(store, draft, ids);
		await createBatch(store, { ...draft, due_date: null }, ids); // no due date: never overdue

		// by hand from tests/fixtures/example: 南明区's persons with 养老 status (AIC003) 12 in the example were 91
		// on 2016-09-30, so they are in the list; on 2017-03-31 those and the example's own 91s are 12 (insured).
		// What stays open is the rest of the list: the one 92 (单位未予参保) of 520102016.
		const lines = readFileSync(resolve(projectRoot(), 'tests/fixtures/example/2016-12-31/persons.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
		// batch ids are the loader's id keys (upper case, 15 digits widened to 18: the 15-digit form drops the
		// century and the check character)
		const rows = new Map(lines.map((r) => [r[3].toUpperCase(), r]));
		const byId = { get: (id: string) => rows.get(id) ?? rows.get(id.slice(0, 6) + id.slice(8, 17)) };
		const openByHand = new Map<string, number>();
		for (const r of ids) if (!['12', '91'].includes(byId.get(r.id)![13])) openByHand.set(r.receiver, (openByHand.get(r.receiver) ?? 0) + 1);
		expect(ids.some((r) => byId.get(r.id)?.[13] === '12')).toBe(true);
		expect(openByHand).toEqual(new Map([['520102016', 1]]));

		expect(await overdueFacts(store, fixture.db, '2017-03-31', '2017-01-31')).toEqual([]); // the due day itself is on time
		const facts = await overdueFacts(store, fixture.db, '2017-03-31', '2017-02-01');
		expect(new Map(facts.map((f) => [f.receiver, f.open]))).toEqual(openByHand);
		expect(facts.every((f) => f.number === batch.number && f.due === '2017-01-31')).toBe(true);
		// against the batch's own snapshot nothing has been done yet: every id is open
		const atSend = await overdueFacts(store, fixture.db, '2016-09-30', '2017-02-01');
		expect(atSend.reduce((s, f) => s + f.open, 0)).toBe(ids.length);

		const alerts = await overdueAlerts(store, fixture.db, '2017-03-31', '2017-02-01');
		expect(alerts.map((a) => a.region).sort()).toEqual([...openByHand.keys()].sort());
		expect(alerts[0].message).toContain(`扩面任务${batch.number}已逾期（截止2017-01-31）`);

		await saveRun(store, 's3', '2017-03-31', []);
		await addToRun(store, 's3', '2017-03-31', alerts);
		await addToRun(store, 's3', '2017-03-31', alerts); // the next day's check: the same alerts, not new ones
		const shown = await openAlerts(store, '520102', 'guihua');
		expect(shown.filter((a) => a.kind === 'batch_overdue').map((a) => a.message).sort()).toEqual(alerts.map((a) => a.message).sort());
		const township = [...openByHand.keys()].find((k) => k.length === 9)!;
		expect((await openAlerts(store, township, 'jingban')).map((a) => a.region)).toEqual([township]);
	});
});
