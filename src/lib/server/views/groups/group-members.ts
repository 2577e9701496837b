import type { PublicUser } from '../../auth/users.ts';
import type { Database } from '../../db/database.ts';
import { codeNames } from '../../persons/code-names.ts';
import { groupMembers, type PersonPage } from '../../persons/lists.ts';
import type { PersonAccess } from '../../persons/present.ts';
import { groupsLabel } from '../../../shared/group-choice.ts';
import { ownLength, type GroupView } from './group-query.ts';
import { DIMENSIONS } from './dimensions.ts';

/** The persons of one explorer view, one window of rows (LIMIT/OFFSET), masked for the role. */
export async function groupMemberPage(
	db: Database,
	q: { region: string; asOf: string; insurance: string; view: GroupView; limit: number; offset: number },
	access: PersonAccess
): Promise<PersonPage> {
	const names = await codeNames(db);
	return groupMembers(db, { region: q.region, asOf: q.asOf, insurance: q.insurance, group: q.view.group, filters: q.view.filters, ownLength: ownLength(q.region, q.view.own), limit: q.limit, offset: q.offset }, names, access);
}

/** What the audit log and the export's header say was asked (never an id number). */
export function describeGroupView(region: string, asOf: string, insuranceLabel: string, view: GroupView): string[] {
	const preset = groupsLabel(view.groups);
	const filters = Object.entries(view.filters).map(([k, v]) => `${DIMENSIONS.find((d) => d.key === k)?.label ?? k}=${v}`);
	return [`地区：${region}${view.own ? '（仅本级：地区代码只到本级或不在区划表中的人员）' : ''}`, `快照：${asOf}`, `险种：${insuranceLabel}`, `人群：${preset}`, ...(filters.length ? [`筛选：${filters.join('，')}`] : [])];
}

export function auditUser(user: PublicUser) {
	return { user: user.username, role: user.role };
}
