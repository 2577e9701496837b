import type { Database } from '../../db/database.ts';
import { InputError } from '../../errors.ts';
import { assertRegionCode, regionInfo, regionTrail, type RegionInfo } from '../../metrics/regions.ts';
import { resolveSnapshot } from '../../metrics/snapshots.ts';
import type { PackHousehold, PackPerson, PackSection, SurveyPack } from '../../../shared/survey-form.ts';

/** A pack stops here: a township has tens to hundreds of persons to visit; more is a wrong region. */
export const PACK_LIMIT = 5_000;

type PackRow = Omit<PackPerson, 'household'> & { section: string; line_no: number };

/**
 * The 入户调查 pack of a village, or of a township with a section per village (44号 第十七至十九条):
 * the persons to visit grouped by household, each household's persons in line order, and the region
 * line of the 全民参保登记表. A township's 本级 rows (its own code, or a village code without a reference
 * name) come last, as the section "<乡镇>本级".
 */
export async function buildPack(db: Database, regionCode: string, asOf: string | undefined): Promise<SurveyPack> {
	const code = assertRegionCode(regionCode);
	if (code.length !== 9 && code.length !== 12) {
		throw new InputError(`入户调查包按村（社区）或乡镇（街道）生成：地区代码“${code}”应为 9 位或 12 位`);
	}
	const { current } = await resolveSnapshot(db, asOf);
	const villages = code.length === 9 ? await villageNames(db, code) : new Map<string, string>();
	const [region, trail, rows] = await Promise.all([
		regionInfo(db, code),
		regionTrail(db, code),
		db.query<PackRow & Record<string, unknown>>('survey/pack-persons', {
			region: code,
			as_of: current.as_of,
			child_len: code.length === 9 ? 12 : 0,
			children: [...villages.keys()].join(','),
			limit: PACK_LIMIT + 1,
			offset: 0
		})
	]);
	if (rows.length > PACK_LIMIT) {
		throw new InputError(`该地区待入户调查人员超过 ${PACK_LIMIT.toLocaleString('en-US')} 人，请按村（社区）分别生成调查包`);
	}
	const bySection = new Map<string, PackRow[]>();
	for (const row of rows) {
		const list = bySection.get(row.section) ?? [];
		list.push(row);
		bySection.set(row.section, list);
	}
	const sections: PackSection[] = [...bySection.entries()].map(([key, list]) => {
		const own = key === '';
		const sectionCode = own ? code : key;
		const name = own ? (code.length === 12 ? region.name : `${region.name ?? code}本级`) : villages.get(key) ?? null;
		const line = [...trail.map((t) => t.name ?? t.code)];
		if (!own) line.push(name ?? key);
		return { code: sectionCode, name, own: own && code.length === 9, regionLine: padLine(line), households: households(list) };
	});
	return {
		snapshot: current.as_of,
		region: { code: region.code, name: region.name, level: region.level },
		trail: trail.map((t: RegionInfo) => ({ code: t.code, name: t.name, level: t.level })),
		sections,
		persons: rows.length,
		households: sections.reduce((n, s) => n + s.households.length, 0)
	};
}

/** Reference names of a township's villages (or of a village itself). */
export async function villageNames(db: Database, region: string): Promise<Map<string, string>> {
	const named = await db.query<{ code: string; name: string }>('metrics/region-names', { region, child_len: 12 });
	return new Map(named.filter((r) => r.code.length === 12).map((r) => [r.code, r.name]));
}

/** 省 市 县 镇 村: five slots, blank where the region has no such level. */
function padLine(names: string[]): string[] {
	return [...names, '', '', '', '', ''].slice(0, 5);
}

/** Consecutive rows of one 家庭编号 are a household; a blank key is a household of its own. */
function households(rows: PackRow[]): PackHousehold[] {
	const out: PackHousehold[] = [];
	for (const row of rows) {
		const { section: _, line_no: __, ...fields } = row;
		const last = out[out.length - 1];
		const person = { ...fields, household: row.aab402 } as PackPerson;
		if (row.aab402 !== null && last && last.key === row.aab402) last.persons.push(person);
		else out.push({ key: row.aab402, persons: [person] });
	}
	return out;
}
