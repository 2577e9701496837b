import { buildScorecard } from '../../lib/server/views/score/build.ts';
import { loadPlan } from '../../lib/server/plan/plan.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

const fixed = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));

/** `canbao score --region CODE [--snapshot DATE] [--db FILE] --json`: the 考核 scorecard of the region's children. */
export async function runScore(args: string[]): Promise<number> {
	const { values } = parseCommand(args, { region: { type: 'string' }, snapshot: { type: 'string' } });
	const region = requireRegion(values.region);
	const card = await withDatabase(databasePath(values.db), (db) => buildScorecard(db, region, values.snapshot as string | undefined, loadPlan()));
	if (values.json) printJson(card);
	else {
		console.log(`${card.region.name ?? card.region.code} 下级考核（快照 ${card.snapshot}，上期 ${card.previous ?? '无'}）`);
		console.log(`  名次\t代码\t地区\t综合得分\t${card.indicators.map((i) => `${i.label}(${i.weight})`).join('\t')}`);
		for (const r of card.rows) {
			console.log(`  ${r.rank ?? '—'}\t${r.code}\t${r.name ?? ''}\t${fixed(r.composite, 1)}\t${r.indicators.map((i) => fixed(i.score, 1)).join('\t')}`);
		}
	}
	return 0;
}
