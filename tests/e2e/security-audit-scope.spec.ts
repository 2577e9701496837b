import { expect, test } from '@playwright/test';
import { freshAccount, signedIn, statusOf } from './security-routes.ts';

// issue 14, finding 7: a county 管理员 read the province's audit log (/admin/audit?user=<a 5201 user>).
test('a county 管理员 sees only audit entries of its own scope', async () => {
	(await signedIn('lingdao')).dispose(); // a province user's sign-in is in the log
	freshAccount('e2e_county_auditor', 'admin', '520302', 'county-audit-pass-1');
	const county = await signedIn('e2e_county_auditor', 'county-audit-pass-1');
	const page = await statusOf(county, '/admin/audit?user=lingdao');
	expect(page.status).toBe(200);
	expect(page.body).not.toContain('<code>lingdao</code>');
	expect(page.body).toContain('暂无数据');
	const own = await statusOf(county, '/admin/audit?user=e2e_county_auditor');
	expect(own.body).toContain('<code>e2e_county_auditor</code>');
	const province = await signedIn('admin');
	expect((await statusOf(province, '/admin/audit?user=lingdao')).body).toContain('<code>lingdao</code>');
	await province.dispose();
	await county.dispose();
});
