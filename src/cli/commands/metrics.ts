import { computeMetrics } from '../../lib/server/metrics/metrics.ts';
import { loadPlan } from '../../lib/server/plan/plan.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

/** `canbao metrics --region CODE [--snapshot DATE] [--db FILE] --json` */
export async function runMetrics(args: string[]): Promise<number> {
	const { values } = parseCommand(args, { region: { type: 'string' }, snapshot: { type: 'string' } });
	const region = requireRegion(values.region);
	const result = await withDatabase(databasePath(values.db), (db) =>
		computeMetrics(db, region, values.snapshot as string | undefined, loadPlan())
	);
	if (values.json) printJson(result);
	else {
		console.log(`${result.region.name ?? result.region.code}（${result.region.code}） 快照 ${result.snapshot}`);
		for (const [key, value] of Object.entries(result.metrics)) console.log(`  ${key}: ${JSON.stringify(value)}`);
	}
	return 0;
}
