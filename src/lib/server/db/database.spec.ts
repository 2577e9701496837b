import { describe, expect, it } from 'vitest';
import { Database } from './database.ts';

describe('Database.settle', () => {
	it('waits for statements still running before the caller closes (a CLI error closed under them and hung)', async () => {
		const db = await Database.open(':memory:', { readOnly: false });
		let finished = false;
		const slow = db.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM range(20000000) t(i) WHERE i % 7 = 3').then((rows) => {
			finished = true;
			return rows;
		});
		// what Promise.all does when another part fails first: the caller moves on while `slow` runs
		await Promise.all([slow, Promise.reject(new Error('projection failed'))]).catch(() => undefined);
		await db.settle();
		expect(finished).toBe(true);
		expect((await slow)[0].n).toBe(Math.floor((20000000 - 4) / 7) + 1);
		db.close();
	});
});
