/** Roles (issue 6): what each may see. Region scope is separate: a code prefix on the user. */
export type Role = 'leader' | 'supervisor' | 'planner' | 'operator' | 'admin';

export const ROLE_LABELS: Record<Role, string> = {
	leader: '领导',
	supervisor: '督导',
	planner: '规划',
	operator: '经办',
	admin: '管理员'
};

export interface Permissions {
	/** league tables, bulletins */
	rankings: boolean;
	/** expansion-group explorer and its cross-tabs */
	groups: boolean;
	/** person lists: none, masked ids/names/phones, or full details */
	persons: 'none' | 'masked' | 'full';
	/** Excel export of person lists (aggregate tables can be exported by every role) */
	exportPersons: boolean;
	manageUsers: boolean;
	manageSnapshots: boolean;
}

/**
 * 领导 aggregates (including the league tables and bulletins of the regions under them: those are
 * aggregates too); 督导 adds masked person lists; 规划 adds expansion groups and masked exports;
 * 经办 sees full person details for 入户调查 and cleanup; 管理员 manages users and snapshots and sees
 * no persons. Region scope is applied on top of all of these.
 */
export const PERMISSIONS: Record<Role, Permissions> = {
	leader: { rankings: true, groups: false, persons: 'none', exportPersons: false, manageUsers: false, manageSnapshots: false },
	supervisor: { rankings: true, groups: false, persons: 'masked', exportPersons: false, manageUsers: false, manageSnapshots: false },
	planner: { rankings: true, groups: true, persons: 'masked', exportPersons: true, manageUsers: false, manageSnapshots: false },
	operator: { rankings: true, groups: true, persons: 'full', exportPersons: true, manageUsers: false, manageSnapshots: false },
	admin: { rankings: true, groups: true, persons: 'none', exportPersons: false, manageUsers: true, manageSnapshots: true }
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && value in ROLE_LABELS;
}

/** What each role is for, as shown on the 管理员 users page. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
	leader: '汇总指标、排名与通报，不含个人信息',
	supervisor: '汇总指标、排名；人员名单脱敏显示',
	planner: '汇总指标、扩面人群；人员名单与导出脱敏',
	operator: '范围内人员完整信息（入户调查、数据清理），可导出',
	admin: '用户与快照管理，不含个人信息'
};

/** Whether person rows are shown unmasked and small cross-tab cells (<5) shown as numbers. */
export function hasFullPersonAccess(p: Permissions): boolean {
	return p.persons === 'full';
}
