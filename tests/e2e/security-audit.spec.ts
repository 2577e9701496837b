import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { account } from './helpers.ts';
import { FULL_ID, ROUTES, auditLines, existingRoutes, signedIn, type AuditLine } from './security-routes.ts';

/**
 * Every person-level view and every export is written to the audit log (who, when, what query, how
 * many rows). The pages are crawled as 经办 (full details) and 规划 (masked): any answer that carries
 * person rows, and any download, must have left an entry for that user; the entry never holds a
 * full id number.
 */
const MASKED_ID = /[1-9]\d{3}\*{10}[\dXx]{4}/g;
const ACCOUNT_ACTIONS = /^(sign-|user-)/;

async function crawl(context: APIRequestContext, username: string) {
	const present = await existingRoutes();
	const scope = account(username).scope;
	const queue = ROUTES.filter((r) => !r.api && present.has(r.path) && r.regional).map((r) => `${r.path}?region=${scope}`);
	const seen = new Set<string>();
	const personViews: { url: string; rows: number; entries: AuditLine[] }[] = [];
	const exports: { url: string; entries: AuditLine[] }[] = [];
	while (queue.length > 0 && seen.size < 80) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const start = auditLines().length;
		const response = await context.get(url, { maxRedirects: 0 });
		if (response.status() !== 200) continue;
		const type = response.headers()['content-type'] ?? '';
		const disposition = response.headers()['content-disposition'] ?? '';
		const mine = () => auditLines().slice(start).filter((l) => l.user === username && !ACCOUNT_ACTIONS.test(l.action));
		if (/attachment/.test(disposition) || /spreadsheet|csv|octet-stream/.test(type)) {
			exports.push({ url, entries: mine() });
			continue;
		}
		const body = await response.text();
		const ids = new Set([...(body.match(FULL_ID) ?? []), ...(body.match(MASKED_ID) ?? [])]);
		if (ids.size > 0) personViews.push({ url, rows: ids.size, entries: mine() });
		for (const [, href] of body.matchAll(/href="(\/[^"#]*)"/g)) {
			const link = href.replaceAll('&amp;', '&');
			if (link.startsWith('/_app') || link.startsWith('/logout') || link.startsWith('/admin') || seen.has(link)) continue;
			// links that pick a group, kind, rule or list page lead to person rows: follow those first
			if (/[?&](group|kind|rule|list|list_page|key|page)=/.test(link)) queue.unshift(link);
			else queue.push(link);
		}
	}
	return { personViews, exports, visited: seen.size };
}

for (const username of ['jingban', 'guihua']) {
	test(`person views and exports by ${username} are written to the audit log`, async () => {
		const context = await signedIn(username);
		const { personViews, exports, visited } = await crawl(context, username);
		test.skip(personViews.length + exports.length === 0, `no person list or export reachable yet (${visited} pages visited)`);
		for (const view of personViews) {
			expect(view.entries.length, `no audit entry for ${view.url}`).toBeGreaterThan(0);
			expect(view.entries.some((e) => e.rows >= 1), `${view.url}: the entry counts the rows`).toBe(true);
		}
		for (const download of exports) {
			expect(download.entries.some((e) => /export/.test(e.action)), `no export entry for ${download.url}`).toBe(true);
		}
		const all = [...personViews, ...exports].flatMap((v) => v.entries);
		for (const entry of all) {
			expect(entry.role).toBe(account(username).role);
			expect(Date.now() - Date.parse(entry.at)).toBeLessThan(10 * 60_000);
			expect(JSON.stringify(entry.query)).not.toMatch(FULL_ID);
		}
		test.info().annotations.push({ type: 'audited', description: `${personViews.length} person views, ${exports.length} exports` });
		await context.dispose();
	});
}
