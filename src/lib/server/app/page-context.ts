import { error } from '@sveltejs/kit';
import { requireRegion } from '../auth/access.ts';
import { snapshotsNow } from './engine.ts';
import type { PublicUser } from '../auth/users.ts';
import type { SnapshotInfo } from '../metrics/snapshots.ts';
import { readViewState } from '../../shared/view-state.ts';
import { insuranceByKey, type Insurance } from '../../shared/insurances.ts';

/**
 * What every page of this area starts with: the region checked against the user's scope (400/403),
 * the snapshot resolved (default the latest; an unknown date answers 400 in Chinese) and the insurance.
 */
export interface ViewContext {
	user: PublicUser;
	region: string;
	asOf: string;
	snapshots: SnapshotInfo[];
	insurance: Insurance;
}

export async function viewContext(user: PublicUser | null, url: URL): Promise<ViewContext> {
	const region = requireRegion(user, url.searchParams.get('region'));
	const view = readViewState(url.searchParams);
	const { snapshots } = await snapshotsNow(); // 503 while no snapshot is loaded
	const asOf = view.snapshot ?? snapshots[snapshots.length - 1].as_of;
	if (!snapshots.some((s) => s.as_of === asOf)) {
		error(400, `没有 ${asOf} 的快照；已导入：${snapshots.map((s) => s.as_of).join('、')}`);
	}
	return { user: user as PublicUser, region, asOf, snapshots, insurance: insuranceByKey(view.insurance) as Insurance };
}
