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

/** `code` → "code name" when the name is known. */
export function withName(code: string | null | undefined, names: Map<string, string> | undefined): string {
	if (!code) return '';
	const name = names?.get(code);
	return name ? `${code} ${name}` : code;
}
