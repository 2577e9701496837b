import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedQuery, loadedSnapshots, metricsOf, NO_SNAPSHOT_MESSAGE, rankOf, reportOf, snapshotsNow } from './engine.ts';

// Every page and endpoint reads the database through these entry points: with no database file they
// answer 503 with a Chinese message (never a 500), and the layout / 快照管理 still get an answer (null).
describe('app entry points without a database', () => {
	const dir = mkdtempSync(join(tmpdir(), 'canbao-nodb-'));
	const saved = process.env.CANBAO_DB;
	beforeAll(() => (process.env.CANBAO_DB = join(dir, 'missing.duckdb')));
	afterAll(() => {
		if (saved === undefined) delete process.env.CANBAO_DB;
		else process.env.CANBAO_DB = saved;
		rmSync(dir, { recursive: true, force: true });
	});

	const status = async (work: () => Promise<unknown>) => {
		try {
			await work();
			return 200;
		} catch (e) {
			if (isHttpError(e)) {
				expect(e.body.message).toBe(NO_SNAPSHOT_MESSAGE);
				return e.status;
			}
			throw e;
		}
	};

	it('answers 503 from every cached entry point', async () => {
		expect(await status(() => snapshotsNow())).toBe(503);
		expect(await status(() => metricsOf('52'))).toBe(503);
		expect(await status(() => reportOf('52'))).toBe(503);
		expect(await status(() => rankOf('52', 'pension.coverage'))).toBe(503);
		expect(await status(() => cachedQuery('x', {}, undefined, async () => 1))).toBe(503);
	});

	it('lets the layout and 快照管理 ask without failing', async () => {
		expect(await loadedSnapshots()).toBeNull();
	});
});
