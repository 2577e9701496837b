import type { Database } from '../../db/database.ts';
import { fetchCounts } from '../../metrics/counts.ts';
import { deriveMetrics, type Metrics } from '../../metrics/derive.ts';
import { buildReport } from '../../metrics/report.ts';
import { listSnapshots } from '../../metrics/snapshots.ts';
import { expectedPensionCoverage, scheduleFor, type Plan } from '../../plan/plan.ts';
import { PROBLEM_RULES } from '../score/indicators.ts';
import { DEFAULT_JUMP, regionAlerts, type JumpRule, type NewAlert } from './detect.ts';

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const problems = (m: Metrics) => PROBLEM_RULES.reduce((s, k) => s + num(m[k]), 0);

/**
 * What needs attention in the latest snapshot, for the scope region and every prefecture and county
 * in it (townships and villages are left to their county's page): behind the stage schedule, a 情况表
 * logic check failed (the reports of the scope and of each prefecture, whose rows are the counties),
 * or data-quality problems / 养老 应参未参 that jumped since the previous snapshot.
 */
export async function computeAlerts(db: Database, plan: Plan, rule: JumpRule = DEFAULT_JUMP): Promise<{ asOf: string; alerts: NewAlert[] }> {
	const all = await listSnapshots(db);
	const current = all[all.length - 1];
	const previous = all.length > 1 ? all[all.length - 2] : null;
	const root = current.scope;
	const lengths = [2, 4, 6].filter((l) => l >= root.length);
	const alerts: NewAlert[] = [];
	for (const length of lengths) {
		const [now, before, names] = await Promise.all([
			fetchCounts(db, root, current.as_of, length),
			previous ? fetchCounts(db, root, previous.as_of, length) : Promise.resolve(null),
			db.query<{ code: string; name: string }>('metrics/region-names', { region: root, child_len: length })
		]);
		const nameOf = new Map(names.map((r) => [r.code, r.name]));
		for (const [code, counts] of now) {
			const label = nameOf.get(code);
			if (!label) continue; // the 本级 row (codes without a reference name) is nobody's region
			const m = deriveMetrics(counts, plan);
			const b = before?.get(code);
			const bm = b ? deriveMetrics(b, plan) : null;
			alerts.push(...regionAlerts({
				code, label,
				insured: num(m['pension.insured']), eligible: num(m['pension.eligible']),
				expected: expectedPensionCoverage(plan, code, current.as_of), scheduleName: scheduleFor(plan, code).schedule.name,
				quality: problems(m), qualityBefore: bm ? problems(bm) : null,
				uninsured: num(m['pension.uninsured']), uninsuredBefore: bm ? num(bm['pension.uninsured']) : null
			}, rule));
		}
	}
	const reportRegions = [root, ...(root.length === 2 ? (await db.query<{ code: string }>('metrics/region-names', { region: root, child_len: 4 })).map((r) => r.code).filter((c) => c !== root) : [])];
	for (const region of reportRegions) {
		const report = await buildReport(db, region, current.as_of, plan);
		const names = new Map(report.rows.map((r) => [r.code, r.name]));
		for (const check of report.checks.filter((c) => !c.ok)) {
			const code = check.row === 'total' ? region : check.row;
			const label = check.row === 'total' ? (report.region.name ?? region) : (names.get(code) ?? code);
			alerts.push({ region: code, kind: 'check', message: `${label}情况表逻辑校验未通过：${check.rule}（${check.detail}）` });
		}
	}
	return { asOf: current.as_of, alerts };
}
