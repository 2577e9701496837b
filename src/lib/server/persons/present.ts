import { maskAddress, maskId, maskName, maskPhone } from '../../shared/masking.ts';

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

/** Fields masked for roles without full access, and how. */
const MASKS: Record<string, (v: string | null | undefined) => string> = {
	aac003: maskName,
	aac002: maskId,
	id: maskId,
	aae005: maskPhone,
	aae006: maskAddress,
	aab402: maskId
};

export function maskRow(row: ListRow, access: PersonAccess): ListRow {
	if (access === 'full') return row;
	const out: ListRow = { ...row };
	for (const [key, mask] of Object.entries(MASKS)) {
		if (key in out) out[key] = mask(out[key] === null ? null : String(out[key]));
	}
	return out;
}

/** `code` → its name when the name is known (女性, not "2 女性": issue 20), else the code as it is. */
export function withName(code: string | null | undefined, names: Map<string, string> | undefined): string {
	if (!code) return '';
	return names?.get(code) ?? code;
}
