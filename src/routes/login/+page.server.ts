import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/auth/sign-in.ts';
import { SESSION_COOKIE, createSession, endSession, sessionCookieOptions } from '$lib/server/auth/sessions.ts';
import { findUser } from '$lib/server/auth/users.ts';
import { demoAccounts } from '$lib/server/auth/demo-accounts.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';
import { safeNext } from '$lib/server/auth/safe-next.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { demo: demoAccounts() };
};

/** The client's address for the audit log ('' when the server cannot tell, e.g. a closed connection). */
function clientAddress(get: () => string): string {
	try {
		return get();
	} catch {
		return '';
	}
}

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '').trim().slice(0, 64);
		const password = String(form.get('password') ?? '');
		const result = await signIn(username, password);
		const from = clientAddress(getClientAddress);
		if (!result.ok) {
			if (result.locked) recordAudit({ user: username, role: '', action: 'sign-in-locked', query: { from }, rows: 0 });
			return fail(400, { username, message: result.message });
		}
		endSession(cookies.get(SESSION_COOKIE));
		const version = findUser(result.user.username)?.sessionVersion ?? 0;
		cookies.set(SESSION_COOKIE, createSession(result.user.username, version), sessionCookieOptions(url));
		recordAudit({ user: result.user.username, role: result.user.role, action: 'sign-in', query: { from }, rows: 0 });
		redirect(303, safeNext(form.get('next')));
	}
};
