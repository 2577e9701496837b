import { buildSurvey, surveyJson } from '../../lib/server/views/survey/worklist.ts';
import { databasePath, parseCommand, printJson } from '../args.ts';
import { withDatabase } from '../open-database.ts';
import { requireRegion } from './require-region.ts';

/** `canbao survey --region CODE [--snapshot DATE] [--db FILE] [--json | --xlsx FILE]` (docs/spec/INTERFACE.md). */
export async function runSurvey(args: string[]): Promise<number> {
	const { values } = parseCommand(args, {
		region: { type: 'string' },
		snapshot: { type: 'string' },
		xlsx: { type: 'string' }
	});
	const region = requireRegion(values.region);
	const snapshot = values.snapshot as string | undefined;
	if (typeof values.xlsx === 'string') {
		const file = values.xlsx;
		const { buildPack } = await import('../../lib/server/views/survey/pack.ts');
		const { writePackXlsx } = await import('../../lib/server/views/survey/pack-xlsx.ts');
		const pack = await withDatabase(databasePath(values.db), (db) => buildPack(db, region, snapshot));
		await writePackXlsx(pack, file);
		console.log(`入户调查包已写入 ${file}：${pack.sections.length} 个村（社区），${pack.persons} 人，${pack.households} 户`);
		return 0;
	}
	const view = await withDatabase(databasePath(values.db), (db) => buildSurvey(db, region, snapshot));
	if (values.json) {
		printJson(surveyJson(view));
		return 0;
	}
	console.log(`入户调查名单：${view.region.name ?? view.region.code}，快照 ${view.snapshot}（待核实人数 / 户数）`);
	for (const row of view.rows) console.log(`  ${row.code}\t${row.name}\t${row.persons}\t${row.households}`);
	console.log(`  本级\t\t${view.own.persons}\t${view.own.households}`);
	console.log(`  合计\t\t${view.total.persons}\t${view.total.households}`);
	for (const s of view.surveyors) console.log(`  经办人 ${s.name || '（未填写）'}\t已核实 ${s.verified}\t已复核 ${s.reviewed}`);
	for (const r of view.reviewers) console.log(`  复核人 ${r.name}\t复核 ${r.reviewed_by}`);
	console.log(`  已核实未复核 ${view.unreviewed}`);
	return 0;
}
