import { expect, request, test } from '@playwright/test';
import { account } from './helpers.ts';
import { BASE_URL, browserSignIn, signedIn, statusOf } from './security-routes.ts';

test('the session cookie is HttpOnly, SameSite=Lax, expires, and sign-out ends the session on the server', async ({ page, context }) => {
	await browserSignIn(page, 'lingdao');
	const leader = account('lingdao');
	const cookie = (await context.cookies()).find((c) => c.name === 'canbao_session');
	expect(cookie).toBeDefined();
	expect(cookie!.httpOnly).toBe(true);
	expect(cookie!.sameSite).toBe('Lax');
	expect(cookie!.secure).toBe(false); // plain http here; Secure over https is checked in sessions.spec.ts
	const lifetime = cookie!.expires - Date.now() / 1000;
	expect(lifetime).toBeGreaterThan(11 * 3600);
	expect(lifetime).toBeLessThanOrEqual(12 * 3600 + 60);
	expect(await page.evaluate(() => document.cookie)).not.toContain('canbao_session');

	const api = await page.request.get(`/api/metrics?region=${leader.scope}`);
	expect(api.status()).toBe(200);
	expect(api.headers()['cache-control']).toBe('no-store');
	expect(api.headers()['x-frame-options']).toBe('DENY');
	expect(api.headers()['x-content-type-options']).toBe('nosniff');

	await page.getByRole('button', { name: '退出' }).click();
	await page.waitForURL(/\/login/);
	// the old cookie value, replayed, no longer works: the server forgot the session
	await context.addCookies([{ ...cookie!, expires: -1 }]);
	const replay = await page.request.get(`/api/metrics?region=${leader.scope}`);
	expect(replay.status()).toBe(401);
	expect(await replay.json()).toEqual({ message: '请先登录' });
	await page.goto('/overview');
	await expect(page).toHaveURL(/\/login\?next=%2Foverview/);
});

test('signed-out requests get the sign-in page or a 401, and sign-out needs a POST', async ({ page }) => {
	const anonymous = await page.request.get('/api/report?region=52', { maxRedirects: 0 });
	expect(anonymous.status()).toBe(401);
	const pageAnswer = await page.request.get('/admin/users', { maxRedirects: 0 });
	expect(pageAnswer.status()).toBe(303);
	expect(pageAnswer.headers().location).toBe('/login?next=%2Fadmin%2Fusers');

	const admin = await signedIn('admin');
	expect((await statusOf(admin, '/logout')).status).toBe(405); // GET: a link elsewhere cannot sign anyone out
	expect((await statusOf(admin, '/admin/users')).status).toBe(200);
	// a cross-site form post is refused (SvelteKit's origin check), the session survives
	const crossSite = await admin.post('/logout', { headers: { origin: 'https://evil.example', accept: 'text/html' }, form: {}, maxRedirects: 0 });
	expect(crossSite.status()).toBe(403);
	expect((await statusOf(admin, '/admin/users')).status).toBe(200);
	await admin.dispose();
});

test('after signing in, the user goes back to the page asked for, but never to another site', async () => {
	const context = await request.newContext({ baseURL: BASE_URL });
	const post = (next: string) =>
		context.post('/login', { form: { username: 'admin', password: account('admin').password, next }, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 });
	expect((await post('/admin/audit?user=admin')).headers().location).toBe('/admin/audit?user=admin');
	for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
		const answer = await post(next);
		expect(answer.status()).toBe(303);
		expect(answer.headers().location).toBe('/');
	}
	await context.dispose();
});
