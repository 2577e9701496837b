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
 * One pass over the id columns; a substring search for "E+" guards the regex (an id holds no "E+").
 */
export async function refuseNumericIds(db: Database, table: TableName, name: string, path: string): Promise<void> {
	const columns = ID_COLUMNS[table] ?? [];
	if (columns.length === 0) return;
	const test = (c: string) =>
		`(contains(${c}, 'E+') OR contains(${c}, 'e+')) AND regexp_full_match(trim(${c}), '[0-9]+(\\.[0-9]*)?[Ee][+][0-9]+')`;
	const [found] = await db.all<Record<string, number[] | null>>(
		`SELECT ${columns.map((c) => `(list(rowid + 2 ORDER BY rowid) FILTER (WHERE ${test(c)}))[1:3] AS ${c}`).join(', ')} FROM stg_${table}`
	);
	for (const column of columns) {
		const lines = found?.[column];
		if (lines && lines.length > 0) {
			const spec = TABLE_COLUMNS[table].find((c) => c.name === column)!;
			throw numericIdRefusal(name, path, spec, lines.map(Number), '科学计数法的数字（如“5.20102E+17”）');
		}
	}
}
