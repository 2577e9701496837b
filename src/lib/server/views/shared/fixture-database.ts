import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Database } from '../../db/database.ts';
import { loadSnapshots } from '../../load/index.ts';
import { projectRoot } from '../../project-root.ts';

/**
 * For specs only: the public example snapshot (tests/fixtures/example) loaded three times as
 * 2016-09-30, 2016-12-31 and 2017-03-31, with pension statuses changed so coverage moves between
 * quarters (earlier: a few insured persons of 南明区 were still 91; later: its 91s enrolled in 12).
 * A real database built by the real loader: specs compare the dashboard modules with the engine.
 */
const EXAMPLE = resolve(projectRoot(), 'tests/fixtures/example/2016-12-31');
const PENSION = 13; // AIC003, 0-based column of persons.csv

export async function openFixtureDatabase(): Promise<{ db: Database; dispose: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'canbao-dashboard-'));
	writeSnapshot(dir, '2016-09-30', (row) => (row[11].startsWith('520102') && row[PENSION] === '12' ? '91' : row[PENSION]));
	writeSnapshot(dir, '2016-12-31', (row) => row[PENSION]);
	writeSnapshot(dir, '2017-03-31', (row) => (row[11].startsWith('520102') && row[PENSION] === '91' ? '12' : row[PENSION]));
	const path = join(dir, 'canbao.duckdb');
	await loadSnapshots(path, [join(dir, 'snapshots')], { memoryLimit: '1GB', threads: 2 });
	const db = await Database.open(path, { readOnly: true });
	return {
		db,
		dispose: () => {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

function writeSnapshot(dir: string, asOf: string, pension: (row: string[]) => string): void {
	const folder = join(dir, 'snapshots', asOf);
	cpSync(EXAMPLE, folder, { recursive: true });
	const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
	writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ ...manifest, as_of: asOf }));
	const [header, ...rows] = readFileSync(join(folder, 'persons.csv'), 'utf8').trimEnd().split('\n');
	const changed = rows.map((line) => {
		const row = line.split(',');
		row[PENSION] = pension(row);
		return row.join(',');
	});
	writeFileSync(join(folder, 'persons.csv'), [header, ...changed].join('\n') + '\n');
}
