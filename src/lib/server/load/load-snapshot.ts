import type { Database } from '../db/database.ts';
import { readError, stageEmpty, stageTable, workFolder } from './stage-table.ts';
import type { SnapshotFolder } from './snapshot-folder.ts';
import type { TableName } from './columns.ts';

export interface LoadSummary {
	asOf: string;
	scope: string;
	rows: Record<TableName, number>;
	dataQuality: Record<string, number>;
	seconds: number;
}

/** Steps that read a snapshot file (through its stg_ view), in order: units and enrolments before persons. */
const LOAD_STEPS: [string, TableName][] = [
	['load/units', 'units'],
	['load/population', 'population'],
	['load/enrolments', 'enrolments'],
	['load/persons', 'persons']
];
const AGGREGATE_STEPS = [
	'load/persons-duplicate-ids',
	'aggregate/person-counts',
	'aggregate/enrolment-unmatched',
	'aggregate/status-counts',
	'aggregate/group-counts',
	'aggregate/duplicates',
	'aggregate/group-cube',
	'aggregate/unit-counts',
	'aggregate/duplicate-persons',
	'aggregate/unmatched-enrolments'
];
const TABLES: TableName[] = ['persons', 'enrolments', 'units', 'population'];

/**
 * Loads one snapshot folder into `db` as one transaction: checks every file's header (refusing a
 * folder that cannot be read), replaces any snapshot of the same as-of date, reads each file once
 * into its table, and precomputes the aggregates. A file that turns out unreadable half-way (a broken
 * row) rolls the transaction back and is refused naming its line.
 */
export async function loadSnapshot(db: Database, folder: SnapshotFolder): Promise<LoadSummary> {
	const started = performance.now();
	const step = stepTimer();
	const work = workFolder();
	try {
		for (const table of TABLES) {
			const file = folder.files[table];
			if (file) await stageTable(db, file, work.path);
			else await stageEmpty(db, table);
		}
		step('headers');
		const scope = folder.scope ?? (await readingFile(folder, 'persons', () => detectScope(db)));
		const params = { as_of: folder.asOf, scope };
		await db.run('BEGIN TRANSACTION');
		try {
			await db.runFile('load/delete-snapshot', params);
			for (const [file, table] of LOAD_STEPS) {
				await readingFile(folder, table, () => db.runFile(file, params));
				step(file);
			}
			for (const file of AGGREGATE_STEPS) {
				await db.runFile(file, params);
				step(file);
			}
			await db.runFile('load/snapshot-row', { ...params, label: folder.label, source: folder.dir });
			await db.run('COMMIT');
			step('commit');
		} catch (error) {
			await db.run('ROLLBACK');
			throw error;
		}
		const [rows] = await db.all<Record<TableName, number>>(
			`SELECT persons, enrolments, units, population FROM snapshots WHERE as_of = $as_of::DATE`,
			{ as_of: folder.asOf }
		);
		const dataQuality = await dataQualityTotals(db, folder.asOf);
		return { asOf: folder.asOf, scope, rows, dataQuality, seconds: (performance.now() - started) / 1000 };
	} finally {
		for (const table of TABLES) await db.run(`DROP VIEW IF EXISTS stg_${table}`);
		work.remove();
	}
}

/** Runs a step that reads `table`'s file; DuckDB's read errors become a refusal naming file and line. */
async function readingFile<T>(folder: SnapshotFolder, table: TableName, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		const file = folder.files[table];
		if (file && /CSV|Parquet|line|Invalid Input/i.test((error as Error).message)) throw readError(file, error as Error);
		throw error;
	}
}

/** CANBAO_LOAD_PROFILE=1 prints how long each load step took (for the benchmark's analysis). */
function stepTimer(): (name: string) => void {
	let last = performance.now();
	return (name) => {
		const now = performance.now();
		if (process.env.CANBAO_LOAD_PROFILE) console.error(`  ${name}: ${((now - last) / 1000).toFixed(2)} s`);
		last = now;
	};
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
