import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSchema } from '../../../src/lib/server/db/schema.ts';
import { Database } from '../../../src/lib/server/db/database.ts';
import { loadSnapshots } from '../../../src/lib/server/load/index.ts';
import { computeMetrics } from '../../../src/lib/server/metrics/metrics.ts';
import { buildReport } from '../../../src/lib/server/metrics/report.ts';
import { buildRank } from '../../../src/lib/server/metrics/rank.ts';
import { DEFAULT_PLAN } from '../../../src/lib/server/plan/plan.ts';
import { tempDir, writeSnapshot, type SnapshotSpec } from './snapshot-builder.ts';

let template: string | null = null;

/** A database with the schema and reference tables, made once per test file and copied (the regions table is large). */
export async function emptyDatabase(path: string): Promise<void> {
	if (!template || !existsSync(template)) {
		const made = join(tempDir(), 'template.duckdb');
		const db = await Database.open(made, { readOnly: false });
		await ensureSchema(db);
		await db.run('CHECKPOINT');
		db.close();
		template = made;
	}
	copyFileSync(template, path);
}

/** Loads the given snapshots into a fresh database and answers engine queries on it. */
export async function engineOn(...specs: SnapshotSpec[]) {
	const dir = tempDir();
	const dbPath = join(dir, 'test.duckdb');
	await emptyDatabase(dbPath);
	await loadSnapshots(dbPath, specs.map((s) => writeSnapshot(join(dir, 'in'), s)));
	return engineAt(dbPath);
}

export async function engineAt(dbPath: string) {
	const read = async <T>(work: (db: Database) => Promise<T>) => {
		const db = await Database.open(dbPath, { readOnly: true });
		try {
			return await work(db);
		} finally {
			db.close();
		}
	};
	return {
		dbPath,
		metrics: async (region = '52', asOf?: string) => (await read((db) => computeMetrics(db, region, asOf, DEFAULT_PLAN))).metrics,
		report: (region = '52', asOf?: string) => read((db) => buildReport(db, region, asOf, DEFAULT_PLAN)),
		rank: (region: string, metric = 'pension.coverage', asOf?: string) => read((db) => buildRank(db, region, metric, asOf, DEFAULT_PLAN)),
		sql: <T extends Record<string, unknown>>(text: string) => read((db) => db.all<T>(text))
	};
}
