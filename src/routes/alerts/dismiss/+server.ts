import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/access.ts';
import { dismissAlert } from '$lib/server/views/alerts/alert-store.ts';
import { workStore } from '$lib/server/store/work-store.ts';

/** POST /alerts/dismiss {id}: the signed-in user no longer sees this alert (others in scope still do). */
export const POST: RequestHandler = async ({ locals, request }) => {
	const user = requireUser(locals.user);
	if (request.headers.get('content-type')?.split(';')[0].trim() !== 'application/json') error(415, '请求格式应为 JSON');
	const id = Number(((await request.json().catch(() => ({}))) as { id?: unknown }).id);
	if (!Number.isInteger(id) || id <= 0) error(400, '提醒编号无效');
	if (!(await dismissAlert(await workStore(), id, user.username, user.scope))) error(404, '您的权限范围内没有这条提醒');
	return json({ ok: true });
};
