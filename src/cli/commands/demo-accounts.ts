import { resolve } from 'node:path';
import { createDemoAccounts } from '../../lib/server/auth/demo-setup.ts';
import { projectRoot } from '../../lib/server/project-root.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';

/** `canbao demo-accounts [--db FILE] [--list FILE]`: one sign-in per role for the loaded demo province. */
export async function runDemoAccounts(args: string[]): Promise<number> {
	const { values } = parseCommand(args, { list: { type: 'string' } });
	const list = (values.list as string | undefined) ?? resolve(projectRoot(), 'data', 'demo-accounts.json');
	const accounts = await withDatabase(databasePath(values.db), (db) => createDemoAccounts(db, list));
	if (values.json) printJson(accounts);
	else for (const a of accounts) console.log(`  ${a.label.padEnd(16)} 用户名 ${a.username.padEnd(12)} 密码 ${a.password}`);
	return 0;
}
