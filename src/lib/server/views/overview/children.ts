import type { Database } from '../../db/database.ts';
import type { Plan } from '../../plan/plan.ts';
import type { InsuranceKey } from '../../../shared/insurances.ts';
import { coverageTrendByRegion, regionRows } from '../shared/region-rows.ts';
import { regionFigures, type RegionFigures } from '../shared/region-figures.ts';

/** Every reference region of one level inside `region` with its figures, behind-schedule flag and projected date, and the 本级 row. */
export async function childFigures(
	db: Database,
	region: string,
	length: number,
	asOf: string,
	insurance: InsuranceKey,
	plan: Plan,
	/** the compared snapshot of `delta` (src/lib/shared/comparison.ts; undefined = the previous one, null = none) */
	vs?: string | null
): Promise<{ rows: RegionFigures[]; own: RegionFigures }> {
	const [{ rows, own }, trends] = await Promise.all([
		regionRows(db, region, length, asOf, plan, vs),
		coverageTrendByRegion(db, region, length, asOf, insurance)
	]);
	return {
		rows: rows.map((row) => regionFigures(row, insurance, asOf, plan, trends.get(row.code))),
		own: regionFigures(own, insurance, asOf, plan, undefined)
	};
}
