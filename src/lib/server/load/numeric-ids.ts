import type { Database } from '../db/database.ts';
import { LoadRefusal } from './refusal.ts';
import { ID_COLUMNS, TABLE_COLUMNS, describeColumn, type ColumnSpec, type TableName } from './columns.ts';

/** What to do about an id column a spreadsheet stored as numbers (issue 15). */
export const NUMERIC_ID_ADVICE = '该列被存成了数字，后几位已丢失；请在原系统中把该列设为文本后重新导出';

export function numericIdRefusal(where: string, path: string, spec: ColumnSpec, lines: number[], what: string): LoadRefusal {
	return new LoadRefusal(
		`${where} 的 ${describeColumn(spec)}列第 ${lines.join('、')} 行是${what}：${NUMERIC_ID_ADVICE}`,
		path,
		spec.headers[0],
		lines[0]
	);
}

/**
 * Refuses a staged CSV whose id columns hold numbers in scientific notation (5.2010219750312E+017,
 * 5.20102E+17: what Excel, WPS and LibreOffice write for a long number), naming the first three lines.
 * A substring search guards the regex: ids hold no E (the check letter is X).
 */
export async function refuseNumericIds(db: Database, table: TableName, name: string, path: string): Promise<void> {
	for (const column of ID_COLUMNS[table] ?? []) {
		const rows = await db.all<{ line: number }>(
			`SELECT rowid + 2 AS line FROM stg_${table}
			WHERE (contains(${column}, 'E') OR contains(${column}, 'e'))
				AND regexp_full_match(trim(${column}), '[0-9]+(\\.[0-9]*)?[Ee][+]?[0-9]+')
			ORDER BY rowid LIMIT 3`
		);
		if (rows.length > 0) {
			const spec = TABLE_COLUMNS[table].find((c) => c.name === column)!;
			throw numericIdRefusal(name, path, spec, rows.map((r) => Number(r.line)), '科学计数法的数字（如“5.20102E+17”）');
		}
	}
}
