import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/access.ts';

export const load: PageServerLoad = ({ locals }) => {
	requirePermission(locals.user, 'manageUsers');
	redirect(303, '/admin/users');
};
