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

/** A signed change of a count, large ones in 万: +12.3万人, −120人. */
export function signedPeopleShort(delta: number | null | undefined): string {
	if (delta === null || delta === undefined) return MISSING;
	const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
	return `${sign}${peopleShort(Math.abs(delta))}`;
}

export function signedCount(delta: number | null | undefined): string {
	if (delta === null || delta === undefined) return MISSING;
	return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${count(Math.abs(delta))}`;
}

/** Movement in a ranking (previous rank − current rank): 升4位, 降4位, 持平, — without one. */
export function rankMovement(movement: number | null | undefined): string {
	if (movement === null || movement === undefined) return MISSING;
	if (movement === 0) return '持平';
	return movement > 0 ? `升${movement}位` : `降${-movement}位`;
}

/** 2016-12-31 → 2016年12月31日 */
export function chineseDate(iso: string | null | undefined): string {
	if (!iso) return MISSING;
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
	timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
});

/** Today's date in Beijing (YYYY-MM-DD): the day deadlines such as a batch's 完成期限 are counted in. */
export function beijingToday(now = new Date()): string {
	const parts = Object.fromEntries(BEIJING.formatToParts(now).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * A moment in Beijing time, as every page shows times (labelled 北京时间): 2026-12-02T14:59:26 → 2026-12-02 22:59:26.
 * A timestamp without a zone (DuckDB's loaded_at) is UTC, as the database writes it.
 */
export function beijingTime(iso: string | null | undefined): string {
	if (!iso) return MISSING;
	const utc = /[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso.replace(' ', 'T')}Z`;
	const date = new Date(utc);
	if (Number.isNaN(date.getTime())) return iso;
	const parts = Object.fromEntries(BEIJING.formatToParts(date).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}:${parts.second}`;
}
