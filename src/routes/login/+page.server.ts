import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/auth/sign-in.ts';
import { SESSION_COOKIE, SESSION_MAX_AGE_S, createSession, endSession } from '$lib/server/auth/sessions.ts';
import { demoAccounts } from '$lib/server/auth/demo-accounts.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/');
	return { demo: demoAccounts() };
};

function safeNext(next: FormDataEntryValue | null): string {
	const path = typeof next === 'string' ? next : '/';
	return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const result = await signIn(username, password);
		if (!result.ok) return fail(400, { username, message: result.message });
		endSession(cookies.get(SESSION_COOKIE));
		cookies.set(SESSION_COOKIE, createSession(result.user.username), {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: SESSION_MAX_AGE_S
		});
		redirect(303, safeNext(form.get('next')));
	}
};
