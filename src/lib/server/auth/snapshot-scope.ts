import { error } from '@sveltejs/kit';
import type { PublicUser } from './users.ts';

/**
 * Snapshot management (issue 14, finding 2): deleting, uploading or loading a snapshot changes what
 * every user of its scope sees, so a 管理员 may act on a snapshot only when their own scope covers the
 * snapshot's scope (a county 管理员 cannot delete or replace the province's quarter).
 */
export function coversScope(user: Pick<PublicUser, 'scope'>, snapshotScope: string): boolean {
	return snapshotScope.startsWith(user.scope);
}

/** 403 unless the user's scope covers every given snapshot scope. */
export function requireSnapshotScope(user: Pick<PublicUser, 'scope'>, snapshotScopes: string[], what: string): void {
	const outside = [...new Set(snapshotScopes.filter((s) => !coversScope(user, s)))];
	if (outside.length > 0) {
		error(403, `无权${what}：快照范围 ${outside.join('、')} 超出您的管理范围 ${user.scope}`);
	}
}
