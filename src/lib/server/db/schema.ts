import type { Database } from './database.ts';
import { InputError } from '../errors.ts';
import { projectRoot } from '../project-root.ts';

const MACRO_FILES = ['macros/values', 'macros/identity', 'macros/status', 'macros/groups', 'macros/insurance'];

/**
 * The version of queries/schema/tables.sql, kept in `meta` (key 'schema_version'). Bump it when a load
 * starts writing a table that readers need: a file loaded by an older version lacks it, and its
 * snapshots cannot be completed in place, so such a file is refused with OutdatedDatabaseError.
 *   2  agg_person_level, agg_status_level, agg_group_level (region-level rollups)
 *   3  agg_id_class, agg_id_unmatched (per-id summary for changes between snapshots)
 *   4  persons.dq_birth_unreadable, agg_person(_level).birth_unreadable (the 数据质量 page's 出生日期无法识别)
 *      and agg_survey (the 入户调查 worklist and its surveyors)
 *      agg_change (the default comparison's transition matrix) and the macro of_insurance (queries/macros/insurance.sql)
 */
export const SCHEMA_VERSION = '4';

/** A database file written before the current schema: it must be loaded again. */
export class OutdatedDatabaseError extends InputError {
	constructor(path: string) {
		// a load or delete works on `<db>.loading` (load/database-file.ts): name the file the user knows
		const file = path.replace(/\.loading$/, '');
		super(
			`数据库文件 ${file} 由旧版本创建，缺少本版本需要的汇总表，无法使用。` +
				`请重新导入：删除该文件后重新运行 npm start（或用 canbao load 重新导入全部快照）。`
		);
		this.name = 'OutdatedDatabaseError';
	}
}

/**
 * Creates the tables and (re)defines the SQL macros; fills the reference tables of a new database.
 * A database that already holds snapshots of an older schema is refused (its new tables would stay
 * empty for those snapshots); an empty one is simply brought up to date.
 */
export async function ensureSchema(db: Database): Promise<void> {
	await db.runFile('schema/tables');
	for (const file of MACRO_FILES) await db.runFile(file);
	const [{ n }] = await db.all<{ n: number }>('SELECT count(*) AS n FROM regions');
	if (n === 0) await db.runFile('schema/reference', { root: projectRoot() });
	if ((await schemaVersion(db)) === SCHEMA_VERSION) return;
	const [{ snapshots }] = await db.all<{ snapshots: number }>('SELECT count(*) AS snapshots FROM snapshots');
	if (snapshots > 0) throw new OutdatedDatabaseError(db.path);
	await db.run(`DELETE FROM meta WHERE key = 'schema_version'`);
	await db.run(`INSERT INTO meta VALUES ('schema_version', $version)`, { version: SCHEMA_VERSION });
}

/** For readers (web server, CLI): refuses a file of another schema version with a message saying what to do. */
export async function assertCurrentSchema(db: Database): Promise<void> {
	if ((await schemaVersion(db)) !== SCHEMA_VERSION) throw new OutdatedDatabaseError(db.path);
}

/** The version written by ensureSchema; null for a file made before versions were kept (or not a canbao file). */
async function schemaVersion(db: Database): Promise<string | null> {
	const [meta] = await db.all<{ n: number }>(
		`SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'meta'`
	);
	if (meta.n === 0) return null;
	const rows = await db.all<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`);
	return rows[0]?.value ?? null;
}
