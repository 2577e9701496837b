/** Numbers as Chinese readers expect them: 92.3%, 1,234人, 12.3万人, +1.3个百分点. */
const MISSING = '—';

export function percent(rate: number | null | undefined, digits = 1): string {
	return rate === null || rate === undefined ? MISSING : `${(rate * 100).toFixed(digits)}%`;
}

export function count(n: number | null | undefined): string {
	return n === null || n === undefined ? MISSING : n.toLocaleString('en-US');
}

export function people(n: number | null | undefined): string {
	return n === null || n === undefined ? MISSING : `${count(n)}人`;
}

/** Large counts in 万 (10,000): 123,000 → 12.3万人; below 10,000 as plain 人. */
export function peopleShort(n: number | null | undefined): string {
	if (n === null || n === undefined) return MISSING;
	if (Math.abs(n) < 10_000) return people(n);
	return `${(n / 10_000).toFixed(1)}万人`;
}

/** Change of a rate in percentage points: 1.3 → +1.3个百分点. */
export function points(delta: number | null | undefined, digits = 1): string {
	if (delta === null || delta === undefined) return MISSING;
	const rounded = Number(delta.toFixed(digits));
	return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(digits)}个百分点`;
}

export function signedCount(delta: number | null | undefined): string {
	if (delta === null || delta === undefined) return MISSING;
	return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${count(Math.abs(delta))}`;
}

/** 2016-12-31 → 2016年12月31日 */
export function chineseDate(iso: string | null | undefined): string {
	if (!iso) return MISSING;
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}
