import { redirect, type RequestHandler } from '@sveltejs/kit';
import { SESSION_COOKIE, endSession, sessionCookieOptions } from '$lib/server/auth/sessions.ts';
import { recordAudit } from '$lib/server/audit/audit-log.ts';

/** Sign-out (POST only, so a link on another site cannot sign anyone out): ends the session and clears the cookie. */
export const POST: RequestHandler = ({ cookies, locals, url }) => {
	endSession(cookies.get(SESSION_COOKIE));
	const { maxAge: _, ...options } = sessionCookieOptions(url);
	cookies.delete(SESSION_COOKIE, options);
	if (locals.user) recordAudit({ user: locals.user.username, role: locals.user.role, action: 'sign-out', query: {}, rows: 0 });
	redirect(303, '/login');
};
