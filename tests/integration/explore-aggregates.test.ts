import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { Database } from '../../src/lib/server/db/database.ts';
import { crossTabCounts, crossTabParams } from '../../src/lib/server/views/groups/cross-tab.ts';
import type { GroupView } from '../../src/lib/server/views/groups/group-query.ts';
import { readGroupView } from '../../src/lib/server/views/groups/group-query.ts';
import { employerPage } from '../../src/lib/server/views/hotspots/hotspots.ts';
import { duplicatePersons } from '../../src/lib/server/persons/lists.ts';
import { groupMembers } from '../../src/lib/server/persons/lists.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { offendingPage } from '../../src/lib/server/views/quality/offending.ts';
import { EXPANSION_GROUPS } from '../../src/lib/shared/insurances.ts';

/** The planner cube, employer table and precomputed lists agree with the engine's own aggregates and with persons. */
const AS_OF = '2016-12-31';
let dir: string;
let db: Database;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'canbao-explore-'));
	await loadSnapshots(join(dir, 'db.duckdb'), ['tests/fixtures/example/2016-12-31']);
	db = await Database.open(join(dir, 'db.duckdb'), { readOnly: true });
});
afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const crossTabParamsOf = (region: string, view: GroupView) => crossTabParams({ region, asOf: AS_OF, insurance: '1', ...view, childLength: 9 });
const one = async (sql: string, params = {}) => Number(Object.values((await db.all(sql, params))[0])[0] ?? 0);

describe('aggregates of the explorer', () => {
	it('a preset count from the cube equals agg_group and a direct count over persons', async () => {
		for (const insurance of ['1', '2', '5']) {
			for (const g of EXPANSION_GROUPS) {
				const view = readGroupView(new URLSearchParams(`group=${g.key}&rows=region&cols=sex`), '52');
				const cells = await crossTabCounts(db, { region: '52', asOf: AS_OF, insurance, ...view });
				const fromCube = cells.reduce((s, c) => s + c.n, 0);
				const fromAgg = await one(`SELECT coalesce(sum(n), 0) FROM agg_group WHERE as_of = $a::DATE AND insurance = $i AND grp = $g`, { a: AS_OF, i: insurance, g: g.key });
				expect(fromCube, `${insurance} ${g.key}`).toBe(fromAgg);
				const members = await groupMembers(db, { region: '52', asOf: AS_OF, insurance, group: g.key, filters: {}, limit: 1000, offset: 0 }, new Map(), 'full');
				expect(members.rows.length, `${insurance} ${g.key} list`).toBe(fromAgg);
			}
		}
		// 农民工 of pension written out from docs/spec/METRICS.md, straight over persons
		const migrants = await one(`SELECT count(*) FROM persons WHERE as_of = $a::DATE AND aic003 IN ('91','92','94') AND aac009 IN ('20','21','22') AND employment IN ('1','2')`, { a: AS_OF });
		const view = readGroupView(new URLSearchParams('group=migrant'), '52');
		expect((await crossTabCounts(db, { region: '52', asOf: AS_OF, insurance: '1', ...view })).reduce((s, c) => s + c.n, 0)).toBe(migrants);
	});

	it('several presets are their union: each person once, equal to a direct count over persons (灵活就业 + 农民工)', async () => {
		for (const insurance of ['1', '2']) {
			const view = readGroupView(new URLSearchParams('group=migrant,flexible&rows=region&cols=age_band'), '52');
			expect(view.group).toBe('flexible,migrant');
			const fromCube = (await crossTabCounts(db, { region: '52', asOf: AS_OF, insurance, ...view })).reduce((s, c) => s + c.n, 0);
			// docs/spec/METRICS.md 灵活就业人员 and 农民工, written out here (not the expansion_groups macro)
			const status = insurance === '1' ? 'aic003' : 'akc003';
			const direct = await one(
				`SELECT count(*) FROM persons WHERE as_of = $a::DATE AND ${status} IN ('91', '92', '94')
					AND ((employment = '2' OR aac012 IN ('51', '54')) OR (aac009 IN ('20', '21', '22') AND employment IN ('1', '2')))`,
				{ a: AS_OF }
			);
			const single = async (g: string) => one(`SELECT coalesce(sum(n), 0) FROM agg_group WHERE as_of = $a::DATE AND insurance = $i AND grp = $g`, { a: AS_OF, i: insurance, g });
			const [flexible, migrant] = [await single('flexible'), await single('migrant')];
			expect(direct).toBeGreaterThan(0);
			expect(fromCube, insurance).toBe(direct);
			expect(direct).toBeLessThanOrEqual(flexible + migrant);
			expect(direct).toBeGreaterThanOrEqual(Math.max(flexible, migrant));
			const members = await groupMembers(db, { region: '52', asOf: AS_OF, insurance, group: view.group, filters: {}, limit: 100000, offset: 0 }, new Map(), 'full');
			expect(members.rows.length).toBe(direct);
		}
	});

	it('a township cut by its villages (read from persons) adds up to the cube and to a direct count per village', async () => {
		const township = (await db.all<{ t: string }>(
			`SELECT left(code, 9) AS t FROM persons WHERE as_of = $a::DATE AND length(code) = 12 AND aic003 IN ('91', '92', '94') GROUP BY t ORDER BY count(*) DESC LIMIT 1`,
			{ a: AS_OF }
		))[0].t;
		const view = readGroupView(new URLSearchParams('group=migrant,flexible&rows=region&cols=sex'), township);
		expect(view.childLength).toBe(12);
		const cells = await crossTabCounts(db, { region: township, asOf: AS_OF, insurance: '1', ...view });
		const cube = await db.query<{ n: number }>('explore/cross-tab', crossTabParamsOf(township, view));
		expect(cells.reduce((s, c) => s + c.n, 0)).toBe(cube.reduce((s, c) => s + Number(c.n), 0));
		const direct = await db.all<{ v: string; n: number }>(
			`SELECT left(code, 12) AS v, count(*) AS n FROM persons WHERE as_of = $a::DATE AND starts_with(code, $t) AND aic003 IN ('91', '92', '94')
				AND ((employment = '2' OR aac012 IN ('51', '54')) OR (aac009 IN ('20', '21', '22') AND employment IN ('1', '2'))) GROUP BY v`,
			{ a: AS_OF, t: township }
		);
		const byVillage = new Map<string, number>();
		for (const c of cells) byVillage.set(String(c.r), (byVillage.get(String(c.r)) ?? 0) + c.n);
		expect(direct.length).toBeGreaterThan(0);
		for (const d of direct) expect(byVillage.get(d.v), d.v).toBe(Number(d.n));
	});

	it('employers for 稽核: status 92 staff and headcount shortfall per employer', async () => {
		const top = await employerPage(db, { region: '52', asOf: AS_OF, insurance: '1', order: 'unit_not_enrolled', limit: 10, offset: 0 });
		const direct = await db.all<{ aab001: string; n: number }>(
			`SELECT aab001, count(*) AS n FROM persons WHERE as_of = $a::DATE AND aic003 = '92' AND aab001 IS NOT NULL GROUP BY aab001 ORDER BY n DESC, aab001`,
			{ a: AS_OF }
		);
		expect(top.rows.map((r) => [r.aab001, r.unit_not_enrolled])).toEqual(direct.map((r) => [r.aab001, r.n]));
		expect(top.matching).toBe(direct.length);
		const short = await employerPage(db, { region: '52', asOf: AS_OF, insurance: '1', order: 'shortfall', limit: 10, offset: 0 });
		for (const r of short.rows) expect(r.shortfall).toBe((r.headcount ?? 0) - r.insured);
	});

	it('the duplicate list holds exactly the persons counted in duplicate_enrolled, pairs and spans', async () => {
		const names = await codeNames(db);
		for (const insurance of ['1', '2']) {
			const list = await duplicatePersons(db, { region: '52', asOf: AS_OF, insurance, kind: 'enrolled', key: '', limit: 1000, offset: 0 }, names, 'full');
			expect(list.rows.length).toBe(await one(`SELECT coalesce(sum(n), 0) FROM agg_duplicate WHERE as_of = $a::DATE AND insurance = $i AND kind = 'enrolled'`, { a: AS_OF, i: insurance }));
			const pairs = await db.all<{ key: string; n: number }>(`SELECT key, sum(n) AS n FROM agg_duplicate WHERE as_of = $a::DATE AND insurance = $i AND kind = 'pair' GROUP BY key`, { a: AS_OF, i: insurance });
			for (const p of pairs) {
				const byPair = await duplicatePersons(db, { region: '52', asOf: AS_OF, insurance, kind: 'pair', key: p.key, limit: 1000, offset: 0 }, names, 'full');
				expect(byPair.rows.length, p.key).toBe(p.n);
			}
			// home-visit columns (issue 16): the id's first persons row, read here by a second path
			const direct = await db.all<{ id: string; aae006: string | null; aab402: string | null; aac010: string | null }>(
				`SELECT id, arg_min(aae006, line_no) AS aae006, arg_min(aab402, line_no) AS aab402, arg_min(aac010, line_no) AS aac010
				FROM persons WHERE as_of = $a::DATE GROUP BY id`,
				{ a: AS_OF }
			);
			const byId = new Map(direct.map((d) => [d.id, d]));
			const withPerson = list.rows.filter((r) => r.note === '');
			expect(withPerson.length).toBeGreaterThan(0);
			for (const r of withPerson) {
				const d = byId.get(String(r.id));
				expect(r.aae006, String(r.id)).toBe(d?.aae006 ?? '');
				expect(r.aab402).toBe(d?.aab402 ?? '');
				expect(r.aac010).toBe(d?.aac010 ?? '');
			}
			expect(list.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['常住地址', '户口所在地', '家庭编号', '联系电话', '单位名称']));
		}
	});

	it('offending rows of every rule add up to its data-quality count', async () => {
		const names = await codeNames(db);
		for (const rule of ['id_invalid', 'id_legacy15', 'id_duplicate', 'missing_required', 'invalid_code', 'status_conflict', 'enrolment_unmatched'] as const) {
			const page = await offendingPage(db, { region: '52', asOf: AS_OF, rule, limit: 1000, offset: 0 }, names, 'masked');
			expect(page.rows.length, rule).toBe(await one(`SELECT sum(${rule}) FROM agg_person WHERE as_of = $a::DATE`, { a: AS_OF }));
			for (const row of page.rows) expect(String(row.reason)).not.toBe('');
			if (rule !== 'enrolment_unmatched') expect(page.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['常住地址', '户口所在地', '家庭编号', '联系电话', '单位名称']));
		}
		// a region code carries its reference name beside it, and a masked address keeps only its first characters
		const full = await offendingPage(db, { region: '52', asOf: AS_OF, rule: 'missing_required', limit: 50, offset: 0 }, names, 'full');
		const masked = await offendingPage(db, { region: '52', asOf: AS_OF, rule: 'missing_required', limit: 50, offset: 0 }, names, 'masked');
		const named = await db.all<{ code: string; name: string }>(`SELECT code, any_value(name) AS name FROM regions GROUP BY code`);
		const nameOf = new Map(named.map((n) => [n.code, n.name]));
		for (const [i, row] of full.rows.entries()) {
			const code = String(row.code).split(' ')[0];
			expect(row.code).toBe(nameOf.has(code) ? `${code} ${nameOf.get(code)}` : code);
			const address = String(row.aae006);
			if ([...address].length > 6) expect(masked.rows[i].aae006).toBe(`${[...address].slice(0, 6).join('')}****`);
		}
	});
});
