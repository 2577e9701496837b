import type { Database } from './database.ts';
import { projectRoot } from '../project-root.ts';

const MACRO_FILES = ['macros/values', 'macros/identity', 'macros/status', 'macros/groups'];

/** Creates the tables and (re)defines the SQL macros; fills the reference tables of a new database. */
export async function ensureSchema(db: Database): Promise<void> {
	await db.runFile('schema/tables');
	for (const file of MACRO_FILES) await db.runFile(file);
	const [{ n }] = await db.all<{ n: number }>('SELECT count(*) AS n FROM regions');
	if (n === 0) await db.runFile('schema/reference', { root: projectRoot() });
}
