import { buildChanges, changesJson } from '../../lib/server/views/changes/changes.ts';
import { CHANGE_FIGURES } from '../../lib/shared/changes.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

/** `canbao changes --region CODE --from DATE --to DATE [--insurance NAME] [--db FILE] --json` */
export async function runChanges(args: string[]): Promise<number> {
	const { values } = parseCommand(args, {
		region: { type: 'string' },
		from: { type: 'string' },
		to: { type: 'string' },
		insurance: { type: 'string' }
	});
	const region = requireRegion(values.region);
	const view = await withDatabase(databasePath(values.db), (db) =>
		buildChanges(db, {
			region,
			from: (values.from as string | undefined) ?? '',
			to: (values.to as string | undefined) ?? '',
			insurance: values.insurance as string | undefined
		})
	);
	const result = changesJson(view);
	if (values.json) printJson(result);
	else {
		console.log(`${result.region.name ?? result.region.code} 两期变化（${result.insurance}，${result.from} → ${result.to}）`);
		for (const f of CHANGE_FIGURES) console.log(`  ${f.label}\t${result[f.key]}`);
		for (const [k, n] of Object.entries(result.matrix)) console.log(`  ${k}\t${n}`);
	}
	return 0;
}
