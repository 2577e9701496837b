import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from './fixture-database.ts';
import { listSnapshots } from '../../metrics/snapshots.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

describe('fixture database', () => {
	it('holds three quarters of the example', async () => {
		expect((await listSnapshots(fixture.db)).map((s) => s.as_of)).toEqual(['2016-09-30', '2016-12-31', '2017-03-31']);
	});
});
