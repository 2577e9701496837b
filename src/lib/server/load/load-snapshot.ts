import type { Database } from '../db/database.ts';
import { basename } from 'node:path';
import { dropStaged, readError, stageEmpty, stageTable, workFolder, type StageInfo } from './stage-table.ts';
import { LoadRefusal } from './refusal.ts';
import { refuseBadPopulation, refuseContradictedScope } from './staged-checks.ts';
import type { SnapshotFolder, TableFile } from './snapshot-folder.ts';
import type { TableName } from './columns.ts';
import { guardShrink } from './shrink-guard.ts';

export interface LoadSummary {
	asOf: string;
	scope: string;
	rows: Record<TableName, number>;
	dataQuality: Record<string, number>;
	seconds: number;
	/** Empty rows skipped, per table file that had any. */
	blankRows: Partial<Record<TableName, number>>;
	/** The sheet read of each .xlsx file. */
	sheets: Partial<Record<TableName, string>>;
	/** What the reading of the files left out (cells right of a header). */
	notes: string[];
}

/**
 * Steps from staging to the snapshot's tables, in order (units, enrolments and the per-id summary of
 * persons ids and enrolments before persons; the aggregates read that temp table too), each with the
 * staged table it reads (named when a Parquet file fails there).
 */
const LOAD_STEPS: { file: string; reads: TableName }[] = [
	{ file: 'load/units', reads: 'units' },
	{ file: 'load/population', reads: 'population' },
	{ file: 'load/enrolments', reads: 'enrolments' },
	{ file: 'load/ids', reads: 'persons' },
	{ file: 'load/persons', reads: 'persons' }
];
// lists first: the duplicate and unmatched counts are sums over them
const AGGREGATE_STEPS = [
	'aggregate/duplicate-persons',
	'aggregate/unmatched-enrolments',
	'aggregate/person-counts',
	'aggregate/enrolment-unmatched',
	'aggregate/person-rollup',
	'aggregate/status-counts',
	'aggregate/status-rollup',
	'aggregate/group-counts',
	'aggregate/group-rollup',
	'aggregate/duplicates',
	'aggregate/group-cube',
	'aggregate/unit-counts',
	// the 入户调查 worklist and its surveyors (queries/survey/)
	'aggregate/survey',
	// changes between snapshots (queries/changes/): the per-id summary
	'aggregate/id-summary',
	'aggregate/id-unmatched',
	// the default comparison's matrix (this snapshot against the one before, and the next one against this)
	'aggregate/change-counts'
];
const TABLES: TableName[] = ['persons', 'enrolments', 'units', 'population'];

/**
 * Loads one snapshot folder into `db` as one transaction: stages every file (refusing a folder that
 * cannot be read, naming file, column and line), replaces any snapshot of the same as-of date, and
 * precomputes the aggregates.
 */
export async function loadSnapshot(db: Database, folder: SnapshotFolder, options: { confirmShrink?: boolean } = {}): Promise<LoadSummary> {
	const started = performance.now();
	const step = stepTimer();
	const work = workFolder();
	try {
		const staged: Partial<Record<TableName, StageInfo>> = {};
		for (const table of TABLES) {
			const file = folder.files[table];
			if (file) staged[table] = await stageTable(db, file, work.path, { sheet: folder.sheets?.[table] });
			else await stageEmpty(db, table);
		}
		refuseEmptyPersons(folder, staged.persons);
		if (folder.files.population) await refuseBadPopulation(db, folder.files.population.path);
		if (folder.scope !== null && folder.files.persons) await refuseContradictedScope(db, folder.scope, folder.files.persons.path);
		step('stage');
		await guardShrink(db, folder.asOf, options.confirmShrink === true);
		const scope = folder.scope ?? (await detectScope(db));
		const params = { as_of: folder.asOf, scope };
		await db.run('BEGIN TRANSACTION');
		try {
			await db.runFile('load/delete-snapshot', params);
			for (const { file, reads } of LOAD_STEPS) {
				await setWriteOrder(db, folder.files[reads]);
				await readingStep(db, file, folder.files[reads], params);
				step(file);
			}
			await db.run('RESET preserve_insertion_order');
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
		const blankRows: LoadSummary['blankRows'] = {};
		const sheets: LoadSummary['sheets'] = {};
		const notes: string[] = [];
		for (const [table, info] of Object.entries(staged) as [TableName, StageInfo][]) {
			if (info.blankRows > 0) blankRows[table] = info.blankRows;
			if (info.sheet !== undefined) sheets[table] = info.sheet;
			notes.push(...info.notes);
		}
		return { asOf: folder.asOf, scope, rows, dataQuality, seconds: (performance.now() - started) / 1000, blankRows, sheets, notes };
	} finally {
		await db.run('RESET preserve_insertion_order');
		for (const table of TABLES) await dropStaged(db, table);
		await db.run('DROP TABLE IF EXISTS stg_ids');
		work.remove();
	}
}

/**
 * Whether a load step writes its rows in the staged order. Staging is done by then (a staged rowid is
 * the line number whatever the order of later writes). A staged CSV is a temp table of part-filled row
 * groups (the CSV reader's batches): written in that order DuckDB keeps them part-filled and every
 * checkpoint merges and rewrites them (≈ 4 s per 1M persons), so the write is unordered and both threads
 * fill whole row groups. A Parquet file's row groups are whole already; unordered, its write would only
 * take more memory (+0.8 GB for 10M persons).
 */
async function setWriteOrder(db: Database, file: TableFile | undefined): Promise<void> {
	await db.run(`SET preserve_insertion_order = ${file?.format === 'parquet'}`);
}

/**
 * Runs a load step. A Parquet file is read during its step (stg_<table> is a view over it): a file that
 * turns out unreadable there is refused naming the file, as staging refuses a CSV.
 */
async function readingStep(db: Database, step: string, file: TableFile | undefined, params: Record<string, string>): Promise<void> {
	try {
		await db.runFile(step, params);
	} catch (error) {
		throw file?.format === 'parquet' ? readError(file, error as Error) : error;
	}
}

/**
 * CANBAO_LOAD_PROFILE=1 prints how long each load step took and the process CPU time it used (for the
 * benchmark's analysis: CPU near twice the wall time on two cores means the step kept both busy).
 */
function stepTimer(): (name: string) => void {
	let last = performance.now();
	let lastCpu = process.cpuUsage();
	return (name) => {
		const now = performance.now();
		const cpu = process.cpuUsage(lastCpu);
		if (process.env.CANBAO_LOAD_PROFILE) {
			console.error(`  ${name}: ${((now - last) / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);
		}
		last = now;
		lastCpu = process.cpuUsage();
	};
}

/**
 * A persons file without a data row (only a header, or rows that are all blank) is refused: loaded, it
 * would be a quarter of 0 persons replacing real data (issue 14, finding 3).
 */
function refuseEmptyPersons(folder: SnapshotFolder, info: StageInfo | undefined): void {
	const file = folder.files.persons;
	if (!file || !info || info.rows !== 0) return;
	const blank = info.blankRows > 0 ? `（${info.blankRows} 个空行已跳过）` : '';
	throw new LoadRefusal(`${basename(file.path)} 没有数据行：只有表头${blank}；人员基础信息不能为空，请检查导出是否完整`, file.path);
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
