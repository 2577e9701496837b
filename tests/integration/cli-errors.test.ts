import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/snapshot-builder.ts';

// issue 14, finding 4: an unexpected error printed a stack trace and the process then hung. Every CLI
// error must exit non-zero, with one Chinese line, and end promptly.
describe('canbao CLI errors', () => {
	it('a file that is not a database: exit 1, a Chinese message, no stack trace or engine text, ends within 15 s', () => {
		const bad = join(tempDir(), 'not-a-database.duckdb');
		writeFileSync(bad, 'this is not a DuckDB file\n'.repeat(1000));
		const started = Date.now();
		const run = spawnSync('node', ['bin/canbao.js', 'metrics', '--region', '52', '--db', bad, '--json'], { encoding: 'utf8', timeout: 15_000 });
		expect(run.error).toBeUndefined(); // not killed by the timeout
		expect(Date.now() - started).toBeLessThan(15_000);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim()).toBe('命令 metrics 执行失败：数据库文件不是有效的 DuckDB 数据库。数据库未作任何改动。');
		expect(run.stderr).not.toMatch(/Error|at .*\.ts|\/work\//);
	}, 30_000);
});
