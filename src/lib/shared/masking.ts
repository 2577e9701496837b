/**
 * Masking of personal data (issue 6; 41号 四: "适当加密处理涉及个人隐私的核对信息") for roles without
 * person-level access: ids as 5203**********123X, names as 张*明, phones as 138****5678.
 *
 * This module is the ONE place that decides what a role may see of a person (issue 14, finding 1):
 * `personAccessOf` turns a role's permissions into an access level, `maskPerson` gives a row as that
 * level may see it (every list, reason text and export goes through it), and `scrubHiddenIdParts`
 * removes from any free text the parts of an id that the mask hides (digits 5–14: region, birth date,
 * sequence), so a reason or note can never rebuild what the mask took away.
 */
export function maskId(id: string | null | undefined): string {
	if (!id) return '';
	if (id.length <= 8) return '*'.repeat(id.length);
	return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

export function maskName(name: string | null | undefined): string {
	if (!name) return '';
	const chars = [...name];
	if (chars.length === 1) return chars[0];
	if (chars.length === 2) return `${chars[0]}*`;
	return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function maskPhone(phone: string | null | undefined): string {
	if (!phone) return '';
	if (phone.length < 7) return '*'.repeat(phone.length);
	return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** Small cells in cross-tabs: fewer than 5 persons is shown as "<5" to roles without person access. */
export const SMALL_CELL = 5;

export function suppressSmall(n: number, personAccess: boolean): number | '<5' {
	return !personAccess && n > 0 && n < SMALL_CELL ? '<5' : n;
}

/** Addresses keep their first 6 characters (county, township) and hide the rest: 贵州省遵义市**** */
export function maskAddress(address: string | null | undefined): string {
	if (!address) return '';
	const chars = [...address];
	return chars.length <= 6 ? chars[0] + '*'.repeat(chars.length - 1) : chars.slice(0, 6).join('') + '****';
}

/** 公民身份号码-shaped runs (15 or 18 characters, last may be X) anywhere in a text. */
const ID_PATTERN = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])/g;

/** `text` with every id number in it masked: what may go into logs and the audit trail. */
export function redactIds(text: string): string {
	return text.replace(ID_PATTERN, (id) => maskId(id));
}

export type PersonAccess = 'none' | 'masked' | 'full';

/** The access level of a role's `persons` permission (src/lib/shared/roles.ts). */
export function personAccessOf(permissions: { persons: PersonAccess }): PersonAccess {
	return permissions.persons;
}

/** Whether an access level sees ids, names and dates in clear. */
export function seesFullPerson(access: PersonAccess): boolean {
	return access === 'full';
}

/**
 * What the mask hides of one id, as the texts it could appear in: the hidden middle (digits 5–14 of an
 * 18-digit number), the birth date in it (YYYYMMDD and YYYY-MM-DD; 15-digit numbers: 19YYMMDD) and the
 * hidden middle of a 15-digit number.
 */
function hiddenParts(id: string): string[] {
	const u = id.trim().toUpperCase();
	if (u.length <= 8) return [];
	const parts = [u.slice(4, -4)];
	const birth = u.length === 18 ? u.slice(6, 14) : u.length === 15 ? `19${u.slice(6, 12)}` : '';
	if (/^\d{8}$/.test(birth)) parts.push(birth, `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`);
	if (u.length === 15) parts.push(u.slice(6, 12));
	return parts.filter((p) => p.length >= 6).sort((a, b) => b.length - a.length);
}

/** `text` without any part of the given ids that their mask hides (and with every whole id masked). */
export function scrubHiddenIdParts(text: string, ids: (string | null | undefined)[]): string {
	let out = redactIds(text);
	for (const id of ids) {
		if (!id) continue;
		for (const part of hiddenParts(id)) out = out.split(part).join('*'.repeat(part.length));
	}
	return out;
}

/** Person fields by kind: ids, names, phones, addresses and household/system numbers. */
const FIELD_MASKS: Record<string, (v: string) => string> = {
	id: maskId,
	aac002: maskId,
	aac003: maskName,
	name: maskName,
	aae005: maskPhone,
	phone: maskPhone,
	aae006: maskAddress,
	address: maskAddress,
	aab401: maskId,
	aab402: maskId,
	aac001: maskId
};

/** Fields holding an id number whose hidden parts must not appear elsewhere in the row. */
const ID_FIELDS = new Set(['id', 'aac002']);

/**
 * One person row as a role may see it: unchanged for 'full', masked fields for 'masked'; 'none' may
 * not see person rows at all (the caller answers 403 before getting here).
 */
export function maskPerson<T extends Record<string, unknown>>(row: T, access: PersonAccess): T {
	if (access === 'full') return row;
	if (access === 'none') throw new Error('person rows requested for a role without person access');
	const out: Record<string, unknown> = { ...row };
	const ids = Object.entries(row)
		.filter(([field, value]) => ID_FIELDS.has(field.toLowerCase()) && typeof value === 'string')
		.map(([, value]) => value as string);
	for (const [field, value] of Object.entries(row)) {
		if (typeof value !== 'string') continue;
		const mask = FIELD_MASKS[field.toLowerCase()];
		// every other text of the row (reasons, notes): no whole id, and no part of this row's ids that the mask hides
		out[field] = mask ? mask(value) : scrubHiddenIdParts(value, ids);
	}
	return out as T;
}
