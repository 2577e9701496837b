import type { Database } from '../db/database.ts';
import { stageTable } from './stage-table.ts';
import type { SnapshotFolder } from './snapshot-folder.ts';
import type { TableName } from './columns.ts';

export interface LoadSummary {
	asOf: string;
	scope: string;
	rows: Record<TableName, number>;
	dataQuality: Record<string, number>;
	seconds: number;
}

const LOAD_STEPS = ['load/units', 'load/population', 'load/enrolments', 'load/persons'];
const AGGREGATE_STEPS = [
	'aggregate/person-counts',
	'aggregate/enrolment-unmatched',
	'aggregate/status-counts',
	'aggregate/group-counts',
	'aggregate/duplicates'
];
const EMPTY_TABLES = {
	units: 'CREATE OR REPLACE TEMP TABLE stg_units (aab301 VARCHAR, aab001 VARCHAR, aab004 VARCHAR, aab019 VARCHAR, employees VARCHAR, industry VARCHAR)',
	population: 'CREATE OR REPLACE TEMP TABLE stg_population (aab301 VARCHAR, huji_population VARCHAR)'
};

/**
 * Loads one snapshot folder into `db` as one transaction: stages every file (refusing a folder that
 * cannot be read), replaces any snapshot of the same as-of date, and precomputes the aggregates.
 */
export async function loadSnapshot(db: Database, folder: SnapshotFolder): Promise<LoadSummary> {
	const started = performance.now();
	const rows = { persons: 0, enrolments: 0, units: 0, population: 0 };
	for (const table of ['persons', 'enrolments', 'units', 'population'] as const) {
		const file = folder.files[table];
		if (file) rows[table] = await stageTable(db, file);
		else await db.run(EMPTY_TABLES[table as 'units' | 'population']);
	}
	const scope = folder.scope ?? (await detectScope(db));
	const params = { as_of: folder.asOf, scope };
	await db.run('BEGIN TRANSACTION');
	try {
		await db.runFile('load/delete-snapshot', params);
		for (const step of [...LOAD_STEPS, ...AGGREGATE_STEPS]) await db.runFile(step, params);
		await db.runFile('load/snapshot-row', { ...params, label: folder.label, source: folder.dir });
		await db.run('COMMIT');
	} catch (error) {
		await db.run('ROLLBACK');
		throw error;
	}
	const dataQuality = await dataQualityTotals(db, folder.asOf);
	await db.run('DROP TABLE IF EXISTS stg_persons; DROP TABLE IF EXISTS stg_enrolments; DROP TABLE IF EXISTS stg_units; DROP TABLE IF EXISTS stg_population');
	return { asOf: folder.asOf, scope, rows, dataQuality, seconds: (performance.now() - started) / 1000 };
}

async function detectScope(db: Database): Promise<string> {
	const found = await db.query<{ scope: string }>('load/detect-scope');
	return found[0]?.scope ?? '';
}

async function dataQualityTotals(db: Database, asOf: string): Promise<Record<string, number>> {
	const [row] = await db.all(
		`SELECT sum(id_invalid) id_invalid, sum(id_legacy15) id_legacy15, sum(id_birth_mismatch) id_birth_mismatch,
			sum(id_gender_mismatch) id_gender_mismatch, sum(id_duplicate) id_duplicate, sum(missing_required) missing_required,
			sum(invalid_code) invalid_code, sum(reg_inconsistent) reg_inconsistent, sum(status_conflict) status_conflict,
			sum(enrolment_unmatched) enrolment_unmatched
		FROM agg_person WHERE as_of = $as_of::DATE`,
		{ as_of: asOf }
	);
	return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v ?? 0)]));
}
