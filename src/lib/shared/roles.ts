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
