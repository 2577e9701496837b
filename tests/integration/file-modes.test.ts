import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { person, enrolmentsFor, tempDir, writeSnapshot } from './support/snapshot-builder.ts';

// issue 14, finding 11: canbao.duckdb was 0644 and data/ 0755 — every person of the province readable
// by any account on the machine. A load creates the folder 0700 and the database 0600.
describe('file modes', () => {
	it('canbao load creates the database 0600 in a folder 0700', () => {
		const dir = tempDir();
		const rows = [person(), person()];
		const folder = writeSnapshot(join(dir, 'in'), { asOf: '2016-12-31', persons: rows, enrolments: rows.flatMap((p) => enrolmentsFor(p)) });
		const db = join(dir, 'data', 'canbao.duckdb');
		const run = spawnSync('node', ['bin/canbao.js', 'load', folder, '--db', db], { encoding: 'utf8', env: { ...process.env }, timeout: 120_000 });
		expect(run.status, run.stderr).toBe(0);
		expect(statSync(db).mode & 0o777).toBe(0o600);
		expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
	}, 150_000);
});
