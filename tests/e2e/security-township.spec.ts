import { expect, test } from '@playwright/test';
import { account, cli, screenshots } from './helpers.ts';
import { BASE_URL, ROUTES, browserSignIn, existingRoutes, freshAccount, signedIn, siblingOf, statusOf, userCli } from './security-routes.ts';
import { request } from '@playwright/test';

/** A 乡镇 督导 (duda_xiang) sees that township only: editing the URL or the API query gets a 403. */
test('a township supervisor cannot read another township by editing the URL or the API query', async ({ page }) => {
	const me = account('duda_xiang');
	expect(me.scope).toHaveLength(9);
	const sibling = siblingOf(me.scope);
	const county = me.scope.slice(0, 6);
	const present = await existingRoutes();
	const api = await signedIn('duda_xiang');

	// the API: own township answers exactly what the CLI computes; anything else is refused
	const own = await api.get(`/api/metrics?region=${me.scope}`);
	expect(own.status()).toBe(200);
	expect(await own.json()).toEqual(cli('metrics', '--region', me.scope));
	for (const region of [sibling, county, me.scope.slice(0, 4), '52', `${sibling}001`]) {
		for (const path of ['/api/metrics', '/api/report']) {
			const answer = await api.get(`${path}?region=${region}`);
			expect(answer.status(), `${path}?region=${region}`).toBe(403);
			expect((await answer.json()).message).toContain(`您的权限范围是 ${me.scope}`);
		}
	}
	// a second region parameter does not widen the scope: the first one counts, and it is checked
	expect((await api.get(`/api/metrics?region=${sibling}&region=${me.scope}`)).status()).toBe(403);
	const doubled = await api.get(`/api/metrics?region=${me.scope}&region=${sibling}`);
	expect((await doubled.json()).region.code).toBe(me.scope);
	// without a region the scope itself is answered, never the province
	expect((await (await api.get('/api/metrics')).json()).region.code).toBe(me.scope);

	// every page that takes a region
	for (const route of ROUTES.filter((r) => r.regional && present.has(r.path) && r.allowed.includes('duda_xiang'))) {
		expect((await statusOf(api, `${route.path}?region=${me.scope}`)).status, route.path).toBe(200);
		expect((await statusOf(api, `${route.path}?region=${sibling}`)).status, `${route.path}?region=${sibling}`).toBe(403);
		expect((await statusOf(api, `${route.path}?region=${county}`)).status, `${route.path}?region=${county}`).toBe(403);
	}
	await api.dispose();

	// what the supervisor sees after editing the address bar
	await browserSignIn(page, 'duda_xiang');
	const response = await page.goto(`/api/report?region=${sibling}`);
	expect(response?.status()).toBe(403);
	if (present.has('/overview')) {
		const shown = await page.goto(`/overview?region=${sibling}`);
		expect(shown?.status()).toBe(403);
		await expect(page.getByText(`无权查看地区 ${sibling}`)).toBeVisible();
		await screenshots(page, 'security-township-403');
	}
});

test('an API token acts as its user, with the same region checks', async () => {
	const me = account('duda_xiang');
	const sibling = siblingOf(me.scope);
	freshAccount('e2e_script', 'supervisor', me.scope, 'script-pass-2017');
	const token = JSON.parse(userCli('token', 'e2e_script', '--json')).token as string;
	const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
	const own = await api.get(`/api/report?region=${me.scope}`);
	expect(own.status()).toBe(200);
	expect(await own.json()).toEqual(cli('report', '--region', me.scope));
	expect((await api.get(`/api/report?region=${sibling}`)).status()).toBe(403);
	// tokens open the API only, not the pages
	expect((await api.get(`/overview?region=${me.scope}`, { maxRedirects: 0 })).status()).toBe(303);
	// a new token replaces the old one; disabling the user stops it at once
	const second = JSON.parse(userCli('token', 'e2e_script', '--json')).token as string;
	expect((await api.get(`/api/report?region=${me.scope}`)).status()).toBe(401);
	const api2 = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${second}` } });
	expect((await api2.get(`/api/metrics?region=${me.scope}`)).status()).toBe(200);
	userCli('disable', 'e2e_script');
	const refused = await api2.get(`/api/metrics?region=${me.scope}`);
	expect(refused.status()).toBe(401);
	expect(await refused.json()).toEqual({ message: '令牌无效或已停用' });
	await api.dispose();
	await api2.dispose();
});
