import { listSnapshots } from '../../lib/server/metrics/snapshots.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';

/** `canbao snapshots [--db FILE] --json` */
export async function runSnapshots(args: string[]): Promise<number> {
	const { values } = parseCommand(args, {});
	const snapshots = await withDatabase(databasePath(values.db), listSnapshots);
	if (values.json) {
		printJson(snapshots.map((s) => ({ as_of: s.as_of, persons: s.persons, enrolments: s.enrolments, loaded_at: s.loaded_at })));
	} else {
		for (const s of snapshots) console.log(`${s.as_of}  人员 ${s.persons}  参保记录 ${s.enrolments}  导入于 ${s.loaded_at}`);
	}
	return 0;
}
