import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions.ts';
import { resolveUser } from '$lib/server/auth/request-user.ts';
import { securityHeaders } from '$lib/server/auth/security-headers.ts';
import { ensurePlanLoaded } from '$lib/server/plan/active-plan.ts';
import { cleanAbandonedUploads } from '$lib/server/uploads/upload-jobs.ts';

/** On start: uploads left by an earlier server process (never validated, or cut off by a kill) are removed. */
export const init: ServerInit = () => {
	const removed = cleanAbandonedUploads();
	if (removed > 0) console.log(`已清理 ${removed} 个未完成的上传（上次运行留下）`);
};
import { isCrossSiteForm } from '$lib/server/auth/cross-site.ts';

// files and folders the server creates (data/, uploads, audit log, work store) are the owner's only:
// 0600/0700 (issue 14, finding 11); scripts/serve.js sets the same before anything is loaded
process.umask(0o077);

const PUBLIC_PATHS = ['/login', '/favicon.svg', '/favicon.ico', '/robots.txt'];

const unauthorised = (message: string, bearer: boolean) =>
	new Response(JSON.stringify({ message }), {
		status: 401,
		headers: { 'content-type': 'application/json; charset=utf-8', ...(bearer ? { 'www-authenticate': 'Bearer' } : {}) }
	});

/**
 * Resolves the signed-in user for every request (session cookie, or a Bearer token on /api/*);
 * without one, pages go to the sign-in page and the API answers 401. Role and region checks happen
 * in each load function and endpoint (src/lib/server/auth/access.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	await ensurePlanLoaded(); // the plan a 管理员 saved in the work store (once per process)
	const resolved = resolveUser({
		cookie: event.cookies.get(SESSION_COOKIE),
		authorization: event.request.headers.get('authorization'),
		path
	});
	event.locals.user = resolved.user;

	if (isCrossSiteForm(event.request, event.url)) {
		return withHeaders(new Response('跨站提交被拒绝', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } }), event.url, false);
	}
	const isAsset = path.startsWith('/_app/');
	const isPublic = isAsset || PUBLIC_PATHS.includes(path);
	if (path.startsWith('/api/') && !event.locals.user) {
		return withHeaders(unauthorised(resolved.badToken ? '令牌无效或已停用' : '请先登录', resolved.badToken), event.url, false);
	}
	if (!event.locals.user && !isPublic) {
		redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
	}
	return withHeaders(await resolve(event), event.url, isAsset);
};

function withHeaders(response: Response, url: URL, isAsset: boolean): Response {
	try {
		for (const [name, value] of Object.entries(securityHeaders(url, isAsset))) {
			if (!response.headers.has(name)) response.headers.set(name, value);
		}
	} catch {
		// a response with immutable headers (proxied fetch) is passed on as it is
	}
	return response;
}
