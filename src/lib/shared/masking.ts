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
