import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from '../db/database.ts';
import { addUser, readUsers } from './users.ts';
import type { DemoAccount } from './demo-accounts.ts';
import { ROLE_LABELS, type Role } from '../../shared/roles.ts';

export const DEMO_PASSWORD = 'canbao2017';

/**
 * One account per role for the demo province, scoped to real regions found in the loaded data:
 * the province, its first prefecture, a county and a township of it.
 */
export async function createDemoAccounts(db: Database, listPath: string): Promise<DemoAccount[]> {
	const [latest] = await db.all<{ as_of: string; scope: string }>(
		`SELECT strftime(as_of, '%Y-%m-%d') AS as_of, scope FROM snapshots ORDER BY as_of DESC LIMIT 1`
	);
	if (!latest) throw new Error('no snapshot loaded: load the demo data before creating demo accounts');
	const province = latest.scope.slice(0, 2);
	const prefecture = await firstCode(db, latest.as_of, province, 4, '5203');
	const county = await firstCode(db, latest.as_of, prefecture, 6, null);
	const township = await firstCode(db, latest.as_of, county, 9, null);
	const plan: [string, Role, string][] = [
		['lingdao', 'leader', province],
		['duda', 'supervisor', prefecture],
		['duda_xiang', 'supervisor', township],
		['guihua', 'planner', province],
		['jingban', 'operator', county],
		['admin', 'admin', province]
	];
	const existing = new Set(readUsers().map((u) => u.username));
	const accounts: DemoAccount[] = [];
	for (const [username, role, scope] of plan) {
		if (!existing.has(username)) await addUser({ username, role, scope, password: DEMO_PASSWORD, displayName: `演示${ROLE_LABELS[role]}` });
		accounts.push({ username, password: DEMO_PASSWORD, role, scope, label: `${ROLE_LABELS[role]}（${scope}）` });
	}
	mkdirSync(dirname(listPath), { recursive: true });
	writeFileSync(listPath, JSON.stringify(accounts, null, 1));
	return accounts;
}

/** The preferred code if it has persons, else the most populous child of `parent` at `length` digits. */
async function firstCode(db: Database, asOf: string, parent: string, length: number, preferred: string | null): Promise<string> {
	const rows = await db.all<{ child: string }>(
		`SELECT left(code, $len) AS child FROM agg_person
		WHERE as_of = $as_of::DATE AND starts_with(code, $parent) AND length(code) >= $len AND NOT ends_with(left(code, $len), '000')
		GROUP BY 1 ORDER BY sum(persons) DESC, 1 LIMIT 50`,
		{ len: length, as_of: asOf, parent }
	);
	if (preferred && rows.some((r) => r.child === preferred)) return preferred;
	if (!rows[0]) throw new Error(`no region of ${length} digits under ${parent}`);
	return rows[0].child;
}

export function demoListExists(listPath: string): boolean {
	return existsSync(listPath);
}
