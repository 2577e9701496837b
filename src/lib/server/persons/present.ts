import { maskPerson } from '../../shared/masking.ts';

/**
 * Person rows as lists and exports show them: a fixed set of columns with Chinese headers, and the
 * personal fields masked (masking.ts) unless the role's `persons` permission is 'full'.
 */
export type PersonAccess = 'masked' | 'full';

export interface Column {
	key: string;
	label: string;
}

export type ListRow = Record<string, string | number | null>;

/** A list row as the role may see it: the one rule of src/lib/shared/masking.ts (`maskPerson`). */
export function maskRow(row: ListRow, access: PersonAccess): ListRow {
	return maskPerson(row, access);
}

/** `code` → its name when the name is known (女性, not "2 女性": issue 20), else the code as it is. */
export function withName(code: string | null | undefined, names: Map<string, string> | undefined): string {
	if (!code) return '';
	return names?.get(code) ?? code;
}
