import { error } from '@sveltejs/kit';
import type { PublicUser } from '../../auth/users.ts';
import { requireInScope, requireRegion } from '../../auth/access.ts';
import { snapshotsNow } from '../../app/engine.ts';
import { NoDatabaseError } from '../../app/database-handle.ts';
import { insuranceByKey, type Insurance } from '../../../shared/insurances.ts';
import { childLength } from '../../../shared/region-code.ts';
import { yearEarlier } from '../../../shared/changes.ts';

/**
 * What the changes page and its list endpoints start with: the region checked against the user's scope,
 * the later snapshot `to` (the `to` parameter, else the page's `snapshot`, else the latest), the earlier
 * `from` (default the snapshot before `to`; null when there is none), the insurance, and the 同比
 * snapshot (the same quarter a year earlier) when it is loaded.
 */
export interface ChangesContext {
	user: PublicUser;
	region: string;
	from: string | null;
	to: string;
	yearAgo: string | null;
	previous: string | null;
	snapshots: string[];
	insurance: Insurance;
}

export async function changesContext(user: PublicUser | null, url: URL): Promise<ChangesContext> {
	const region = requireRegion(user, url.searchParams.get('region'));
	let snapshots: string[];
	try {
		snapshots = (await snapshotsNow()).snapshots.map((s) => s.as_of);
	} catch (e) {
		if (e instanceof NoDatabaseError) error(503, '尚未导入任何快照');
		throw e;
	}
	if (snapshots.length === 0) error(503, '尚未导入任何快照');
	const to = url.searchParams.get('to') || url.searchParams.get('snapshot') || snapshots[snapshots.length - 1];
	const known = (date: string) => {
		if (!snapshots.includes(date)) error(400, `没有 ${date.slice(0, 20)} 的快照；已导入：${snapshots.join('、')}`);
		return date;
	};
	known(to);
	const index = snapshots.indexOf(to);
	const previous = index > 0 ? snapshots[index - 1] : null;
	const asked = url.searchParams.get('from');
	// a base at or after the chosen snapshot (e.g. after choosing an earlier snapshot above) falls back to the one before
	const from = asked && known(asked) < to ? asked : previous;
	const year = yearEarlier(to);
	const insurance = insuranceByKey(url.searchParams.get('insurance') ?? 'pension') ?? (insuranceByKey('pension') as Insurance);
	return { user: user as PublicUser, region, from, to, previous, yearAgo: snapshots.includes(year) ? year : null, snapshots, insurance };
}

/** The list's `in` parameter: a child region of the page's region (checked in scope) or `own` (本级). */
export function readListArea(user: PublicUser, region: string, value: string | null): { region: string; ownOf: number | null } {
	if (!value) return { region, ownOf: null };
	if (value === 'own') return { region, ownOf: childLength(region) };
	const child = requireInScope(user, value);
	if (!child.startsWith(region)) error(400, `地区 ${child} 不在 ${region} 之内`);
	return { region: child, ownOf: null };
}
