import type { Database } from '../db/database.ts';

/** field (e.g. 'AAC004', 'employment', 'scheme') → code → name. */
export type CodeNames = Map<string, Map<string, string>>;

export async function codeNames(db: Database): Promise<CodeNames> {
	const rows = await db.query<{ field: string; code: string; name: string }>('persons/code-values');
	const names: CodeNames = new Map();
	for (const row of rows) {
		let field = names.get(row.field);
		if (!field) names.set(row.field, (field = new Map()));
		field.set(row.code, row.name);
	}
	return names;
}
