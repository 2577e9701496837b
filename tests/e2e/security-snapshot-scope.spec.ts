import { expect, test } from '@playwright/test';
import { cli } from './helpers.ts';
import { BASE_URL, freshAccount, signedIn } from './security-routes.ts';

type Snapshot = { as_of: string; persons: number };

// issue 14, finding 2: a county 管理员 deleted the province's quarter and could start uploads replacing it.
test('a county 管理员 cannot delete the province quarter or start an upload; the quarter stays intact', async () => {
	const before = cli<Snapshot[]>('snapshots');
	const quarter = before[0]; // the generated province's quarters have scope 52
	freshAccount('e2e_county_admin', 'admin', '520302', 'county-admin-pass-1');
	const county = await signedIn('e2e_county_admin', 'county-admin-pass-1');
	const del = await county.post('/snapshots?/delete', {
		form: { as_of: quarter.as_of },
		headers: { origin: BASE_URL, accept: 'application/json' },
		maxRedirects: 0
	});
	expect(del.status()).toBe(403);
	expect(await del.text()).toContain('超出您的管理范围 520302');
	const upload = await county.post('/snapshots/uploads', { headers: { origin: BASE_URL }, maxRedirects: 0 });
	expect(upload.status()).toBe(403);
	// the page still lists every quarter, and the CLI sees the database as it was
	expect(cli<Snapshot[]>('snapshots')).toEqual(before);
	await county.dispose();
});
