import { redirect, type Handle } from '@sveltejs/kit';
import { SESSION_COOKIE, sessionUser } from '$lib/server/auth/sessions.ts';
import { findUser, publicUser } from '$lib/server/auth/users.ts';

const PUBLIC_PATHS = ['/login', '/favicon.svg'];

/** Resolves the signed-in user for every request; pages without one go to the sign-in page. */
export const handle: Handle = async ({ event, resolve }) => {
	const username = sessionUser(event.cookies.get(SESSION_COOKIE));
	const user = username ? findUser(username) : undefined;
	event.locals.user = user && !user.disabled ? publicUser(user) : null;

	const path = event.url.pathname;
	const isPublic = PUBLIC_PATHS.includes(path) || path.startsWith('/_app/');
	if (!event.locals.user && !isPublic) {
		if (path.startsWith('/api/')) {
			return new Response(JSON.stringify({ message: '请先登录' }), { status: 401, headers: { 'content-type': 'application/json' } });
		}
		redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
	}
	return resolve(event);
};
