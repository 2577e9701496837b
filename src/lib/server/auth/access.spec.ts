import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { requireInScope, requirePermission, requireRegion, requireUser } from './access.ts';
import type { PublicUser } from './users.ts';
import type { Role } from '../../shared/roles.ts';

const user = (role: Role, scope: string): PublicUser => ({ username: 'u', displayName: 'u', role, scope, disabled: false, createdAt: '' });

function status(run: () => unknown): number | 'ok' {
	try {
		run();
		return 'ok';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('access', () => {
	const township = user('supervisor', '520303101');
	it('needs a signed-in user', () => {
		expect(status(() => requireUser(null))).toBe(401);
		expect(status(() => requireRegion(null, '52'))).toBe(401);
	});
	it('defaults to the scope and allows regions inside it', () => {
		expect(requireRegion(township, null)).toBe('520303101');
		expect(requireRegion(township, '')).toBe('520303101');
		expect(requireRegion(township, '520303101001')).toBe('520303101001');
	});
	it('answers 403 for every region outside the scope, parents and siblings alike', () => {
		for (const region of ['52', '5203', '520303', '520303102', '520303102001', '530303101']) {
			expect(status(() => requireRegion(township, region))).toBe(403);
		}
	});
	it('answers 400 for malformed codes, SQL or wildcards included', () => {
		for (const region of ["52' OR '1'='1", '52%', '5203031', '520303101;DROP TABLE snapshots', ' 520303101', '５２', '52\u0000']) {
			expect(status(() => requireRegion(township, region))).toBe(400);
		}
		expect(status(() => requireInScope(township, '52_', 'village'))).toBe(400);
	});
	it('checks role permissions', () => {
		expect(status(() => requirePermission(user('leader', '52'), 'persons'))).toBe(403);
		expect(status(() => requirePermission(user('leader', '52'), 'groups'))).toBe(403);
		expect(requirePermission(user('supervisor', '52'), 'persons')).toBe('masked');
		expect(requirePermission(user('operator', '52'), 'persons')).toBe('full');
		expect(status(() => requirePermission(user('planner', '52'), 'manageUsers'))).toBe(403);
		expect(requirePermission(user('admin', '52'), 'manageUsers')).toBe(true);
		expect(status(() => requirePermission(user('admin', '52'), 'persons'))).toBe(403);
	});
});
