import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/lib/server/db/database.ts';
import { OutdatedDatabaseError, SCHEMA_VERSION } from '../../src/lib/server/db/schema.ts';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { openForReading } from '../../src/cli/open-database.ts';
import { currentDatabase } from '../../src/lib/server/app/database-handle.ts';
import { tempDir } from './support/snapshot-builder.ts';

/**
 * A database file keeps the schema version it was written with (meta.schema_version). A file from
 * before the level rollups has snapshots but no rollup rows: readers (CLI, web server) and loads refuse
 * it with a Chinese message naming the file and saying to load it again, never a missing-table error.
 */
const EXAMPLE = 'tests/fixtures/example/2016-12-31';
let dir: string;
let current: string;
let outdated: string;

beforeAll(async () => {
	dir = tempDir('canbao-schema-');
	current = join(dir, 'current.duckdb');
	await loadSnapshots(current, [EXAMPLE], { memoryLimit: '1GB', threads: 2 });
	// what a file loaded before this version looks like: no version row, no rollup tables
	outdated = join(dir, 'canbao.duckdb');
	copyFileSync(current, outdated);
	const db = await Database.open(outdated, { readOnly: false });
	await db.run('DELETE FROM meta; DROP TABLE agg_person_level; DROP TABLE agg_status_level; DROP TABLE agg_group_level; CHECKPOINT');
	db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message: the file (not its `.loading` working copy) and what to do. */
const reloadMessage = (path: string) => new RegExp(`^数据库文件 ${path.replace(/[.\\/]/g, '\\$&')} 由旧版本创建.*删除该文件后重新运行 npm start`);

describe('schema version', () => {
	it('a load writes the current version', async () => {
		const db = await openForReading(current);
		try {
			expect(await db.all(`SELECT key, value FROM meta`)).toEqual([{ key: 'schema_version', value: SCHEMA_VERSION }]);
		} finally {
			db.close();
		}
	});

	it('a new database file is written in the newest storage format (faster, smaller string columns)', async () => {
		const db = await openForReading(current);
		try {
			const [row] = await db.all<{ version: string }>(
				`SELECT map_extract_value(tags, 'storage_version') AS version FROM duckdb_databases() WHERE path = $path`,
				{ path: current }
			);
			expect(row.version).toBe('v1.5.0+');
		} finally {
			db.close();
		}
	});

	it('the CLI refuses an older file, naming it and saying to load it again', async () => {
		const refusal = openForReading(outdated);
		await expect(refusal).rejects.toBeInstanceOf(OutdatedDatabaseError);
		await expect(refusal).rejects.toThrow(reloadMessage(outdated));
	});

	it('the web server answers 503 with the same message', async () => {
		await expect(currentDatabase(outdated)).rejects.toMatchObject({ status: 503, body: { message: expect.stringMatching(reloadMessage(outdated)) } });
	});

	it('a load into an older file is refused and leaves it as it was', async () => {
		const before = readFileSync(outdated);
		await expect(loadSnapshots(outdated, [EXAMPLE], { memoryLimit: '1GB', threads: 2 })).rejects.toThrow(reloadMessage(outdated));
		expect(readFileSync(outdated).equals(before)).toBe(true);
		expect(existsSync(`${outdated}.loading`)).toBe(false);
		expect(existsSync(`${outdated}.lock`)).toBe(false);
	});
});
