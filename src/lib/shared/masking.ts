/**
 * Masking of personal data (issue 6; 41号 四: "适当加密处理涉及个人隐私的核对信息") for roles without
 * person-level access: ids as 5203**********123X, names as 张*明, phones as 138****5678.
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

/**
 * One person row as a role may see it: unchanged for 'full', masked fields for 'masked'; 'none' may
 * not see person rows at all (the caller answers 403 before getting here).
 */
export function maskPerson<T extends Record<string, unknown>>(row: T, access: PersonAccess): T {
	if (access === 'full') return row;
	if (access === 'none') throw new Error('person rows requested for a role without person access');
	const out: Record<string, unknown> = { ...row };
	for (const [field, value] of Object.entries(row)) {
		const mask = FIELD_MASKS[field.toLowerCase()];
		if (mask && typeof value === 'string') out[field] = mask(value);
	}
	return out as T;
}
