import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshots, LoadRefusal } from '../../src/lib/server/load/index.ts';
import { emptyDatabase, engineAt } from './support/engine.ts';
import { PERSON_COLUMNS, csvText, enrolmentsFor, person, tempDir, writeSnapshot } from './support/snapshot-builder.ts';

// docs/spec/SNAPSHOT.md "Bad input": a snapshot that cannot load as a whole is refused with a Chinese message
// naming file, column and line, and the database is left exactly as it was (same bytes).
let dir: string;
let dbPath: string;
const hash = () => createHash('sha256').update(readFileSync(dbPath)).digest('hex');

beforeEach(async () => {
	dir = tempDir();
	dbPath = join(dir, 'live.duckdb');
	await emptyDatabase(dbPath);
	const p = person();
	await loadSnapshots(dbPath, [writeSnapshot(join(dir, 'good'), { asOf: '2016-09-30', persons: [p], enrolments: enrolmentsFor(p) })]);
});

async function expectRefused(folder: string, message: RegExp, where: Partial<LoadRefusal> = {}) {
	const before = hash();
	const error = await loadSnapshots(dbPath, [folder]).then(() => null, (e: unknown) => e);
	expect(error).toBeInstanceOf(LoadRefusal);
	expect((error as LoadRefusal).message).toMatch(message);
	expect(error).toMatchObject(where);
	expect(hash()).toBe(before);
	const e = await engineAt(dbPath);
	expect(await e.sql(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM snapshots`)).toEqual([{ as_of: '2016-09-30' }]);
}

function goodFolder(name = 'next') {
	const p = person();
	return writeSnapshot(join(dir, name), { asOf: '2016-12-31', persons: [p], enrolments: enrolmentsFor(p) });
}

describe('refused snapshots', () => {
	it('a missing persons file', async () => {
		const folder = goodFolder();
		rmSync(join(folder, 'persons.csv'));
		await expectRefused(join(dir, 'next'), /没有 persons\.csv/);
	});

	it('a missing enrolments file', async () => {
		const folder = goodFolder();
		rmSync(join(folder, 'enrolments.csv'));
		await expectRefused(folder, /缺少必需文件 enrolments\.csv（参保记录）/);
	});

	it('a missing required column, named with its Chinese name and line 1', async () => {
		const folder = goodFolder();
		const columns = PERSON_COLUMNS.filter((c) => c !== 'AIC003');
		writeFileSync(join(folder, 'persons.csv'), csvText(columns, [person()]));
		await expectRefused(folder, /persons\.csv 缺少必填列 AIC003（养老保险参保状态）/, { column: 'AIC003', line: 1 });
	});

	it('an unreadable row, naming its line', async () => {
		const folder = goodFolder();
		const text = csvText(PERSON_COLUMNS, [person(), person(), person()]).split('\n');
		text[3] = text[3] + ',extra,fields';
		writeFileSync(join(folder, 'persons.csv'), text.join('\n'));
		await expectRefused(folder, /persons\.csv 第 4 行无法读取/, { line: 4 });
	});

	it('a bad as-of date in the manifest', async () => {
		const folder = goodFolder();
		writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ as_of: '2016-13-45' }));
		await expectRefused(folder, /快照日期无效：manifest\.json 的 as_of“2016-13-45”不是有效日期/, { column: 'as_of' });
	});

	it('a folder name that is no date, without a manifest', async () => {
		const p = person();
		const folder = writeSnapshot(join(dir, 'x'), { asOf: '2016-12-31', persons: [p], enrolments: enrolmentsFor(p) }, { folderName: 'latest', manifest: null });
		await expectRefused(folder, /文件夹名“latest”不是有效日期/);
	});

	it('a batch with one bad folder loads none of them', async () => {
		const p = person();
		writeSnapshot(join(dir, 'batch'), { asOf: '2016-12-31', persons: [p], enrolments: enrolmentsFor(p) });
		const bad = writeSnapshot(join(dir, 'batch'), { asOf: '2017-03-31', persons: [p], enrolments: enrolmentsFor(p) });
		writeFileSync(join(bad, 'manifest.json'), '{not json');
		await expectRefused(join(dir, 'batch'), /manifest\.json 无法读取/);
	});
});
