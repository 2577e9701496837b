import { buildRank } from '../../lib/server/metrics/rank.ts';
import { loadPlan } from '../../lib/server/plan/plan.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

/** `canbao rank --region CODE [--metric KEY] [--snapshot DATE] [--vs yoy|DATE] [--db FILE] --json` (--vs: an extension, docs/decisions.md) */
export async function runRank(args: string[]): Promise<number> {
	const { values } = parseCommand(args, {
		region: { type: 'string' },
		metric: { type: 'string' },
		snapshot: { type: 'string' },
		vs: { type: 'string' }
	});
	const region = requireRegion(values.region);
	const metric = (values.metric as string | undefined) ?? 'pension.coverage';
	const result = await withDatabase(databasePath(values.db), (db) =>
		buildRank(db, region, metric, values.snapshot as string | undefined, loadPlan(), values.vs as string | undefined)
	);
	if (values.json) printJson(result);
	else {
		console.log(`${result.region.name ?? result.region.code} 下级排名（${metric}，快照 ${result.snapshot}）`);
		for (const r of result.rows) console.log(`  ${r.rank ?? '—'}\t${r.code}\t${r.name ?? '（无名称）'}\t${r.value ?? '—'}`);
	}
	return 0;
}
