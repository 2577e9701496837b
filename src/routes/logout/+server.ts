import { redirect, type RequestHandler } from '@sveltejs/kit';
import { SESSION_COOKIE, endSession } from '$lib/server/auth/sessions.ts';

export const POST: RequestHandler = ({ cookies }) => {
	endSession(cookies.get(SESSION_COOKIE));
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/login');
};
