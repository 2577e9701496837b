import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';
import { BASE_URL, signedIn, statusOf } from './security-routes.ts';

// issue 14, findings 12 and 13: a POST without a Content-Type skipped the cross-site check; the CSP had
// no default-src/script-src; /_app/immutable/* had no nosniff (adapter-node serves files before the hooks).
test('strict CSP and nosniff on pages, API and static files; the app still runs under it', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	await signIn(page, 'lingdao', '/overview');
	await expect(page.getByTestId('projection')).toBeVisible(); // hydrated, figures drawn
	const login = await page.request.get('/login');
	const csp = login.headers()['content-security-policy'];
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(csp).toContain("frame-ancestors 'none'");
	const asset = (await login.text()).match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
	expect(asset).toBeTruthy();
	for (const path of [asset!, '/api/metrics?region=52']) {
		const answer = await page.request.get(path);
		expect(answer.status(), path).toBe(200);
		expect(answer.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(answer.headers()['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self';/);
		expect(answer.headers()['x-frame-options'], path).toBe('DENY');
	}
	expect(violations).toEqual([]);
});

test('a cross-site POST without a Content-Type is refused and the session survives', async () => {
	const admin = await signedIn('admin');
	const bare = await admin.fetch('/logout', { method: 'POST', headers: { origin: 'http://127.0.0.1:1' }, maxRedirects: 0 });
	expect(bare.status()).toBe(403);
	const noOrigin = await admin.fetch('/snapshots/uploads', { method: 'POST', maxRedirects: 0 });
	expect(noOrigin.status()).toBe(403);
	expect((await statusOf(admin, '/admin/users')).status).toBe(200);
	const same = await admin.fetch('/logout', { method: 'POST', headers: { origin: BASE_URL }, maxRedirects: 0 });
	expect(same.status()).toBeLessThan(400);
	await admin.dispose();
});

test('every page runs under the strict CSP: no violation in the browser', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => violations.push(`${page.url()}: ${e.message}`));
	await signIn(page, 'admin', '/overview');
	for (const path of ['/overview', '/rank', '/bulletin', '/hotspots', '/groups', '/duplicates', '/quality', '/snapshots', '/admin/users', '/admin/audit']) {
		await page.goto(`${path}?region=52`);
		await page.waitForLoadState('networkidle');
	}
	expect(violations).toEqual([]);
});
