import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/lib/server/db/database.ts';
import { loadSnapshots } from '../../src/lib/server/load/index.ts';
import { childLength } from '../../src/lib/shared/region-code.ts';
import { enrolment, person, tempDir, writeSnapshot, type Row, type SnapshotSpec } from './support/snapshot-builder.ts';

/**
 * The level rollups (agg_*_level, queries/aggregate/*-rollup.sql) and the queries that read them give
 * what the per-code aggregates give: (1) the rollup tables equal counts made here in JS from the persons
 * rows, at every level; (2) every query switched to the rollups returns, for regions of every level,
 * in every snapshot, exactly the rows of the query it replaced (kept below), which scanned agg_person,
 * agg_status and agg_group with starts_with(code, $region). The data has the codes that make prefix
 * sums tricky: villages, townships, a county-level code, blank AAB301 (the scope), 7 and 14 characters,
 * full-width digits, a letter, another province, unmatched enrolments (agg_person rows of NULLs), one
 * of them in a prefecture without persons.
 */
const LEVELS = [2, 4, 6, 9, 12];
const CODES = [
	'520102016001', '520102016002', '520102017003', '520103001004', '520201001001', '520502009012', '522301100201',
	'520102016', '520102017', '520103001', '520201001', '520502009', '522301100',
	'520102', '520502', '5201020', '52010201600100', '５２０１０２０１６', '52x102016', '', '530102001'
];
const STATUSES = ['11', '12', '21', '22', '81', '82', '91', '92', '93', '94', '95', ''];

/** Deterministic pseudo-random choices (a fixed LCG), so a failure can be reproduced. */
function chooser(seed: number) {
	let state = seed;
	return <T>(items: T[]): T => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return items[state % items.length];
	};
}

function snapshot(asOf: string, seed: number, count: number): SnapshotSpec {
	const pick = chooser(seed);
	const persons: Row[] = Array.from({ length: count }, () =>
		person({
			AAB301: pick(CODES), AIC003: pick(STATUSES), AKC003: pick(STATUSES), ALC003: pick(STATUSES),
			AJC003: pick(STATUSES), AMC003: pick(STATUSES), reg_status: pick(['11', '21', '22', '31', '32', '']),
			hj_local: pick(['0', '1']), employment: pick(['1', '2', '3', '4', '']), AAC012: pick(['11', '21', '24', '31', '']),
			AAC009: pick(['10', '11', '20', '21'])
		})
	);
	// two active pension enrolments (a duplicate) for a few persons; ids without a persons row (unmatched)
	const enrolments = persons.slice(0, 12).flatMap((p, i) => [
		enrolment({ AAC002: p.AAC002, scheme: '11', AAB301: CODES[i] }),
		enrolment({ AAC002: p.AAC002, scheme: '12', AAB301: CODES[i + 1] })
	]);
	for (let i = 0; i < 8; i++) enrolments.push(enrolment({ AAC002: `5201021990010100${i}X`, AAB301: pick(CODES) }));
	// a prefecture with unmatched enrolments only: its agg_person rows have NULL figures (the trend shows NULL, not 0)
	enrolments.push(enrolment({ AAC002: '520301199001010019', AAB301: '520301001' }));
	const population = ['520102016', '520103001', '520201', '522301100201'].map((code, i) => ({ AAB301: code, huji_population: String(10 + i) }));
	return { asOf, scope: '52', persons, enrolments, population };
}

const DATES = ['2016-09-30', '2016-12-31', '2017-03-31'];
let dir: string;
let db: Database;

beforeAll(async () => {
	dir = tempDir('canbao-rollup-');
	const folders = DATES.map((asOf, i) => writeSnapshot(join(dir, 'in'), snapshot(asOf, 17 + i, 500 + 40 * i)));
	await loadSnapshots(join(dir, 'db.duckdb'), folders, { memoryLimit: '1GB', threads: 2 });
	// loading a date again replaces its rows (queries/load/delete-snapshot.sql): doubled rollups would show below
	await loadSnapshots(join(dir, 'db.duckdb'), [folders[1]], { memoryLimit: '1GB', threads: 2 });
	db = await Database.open(join(dir, 'db.duckdb'), { readOnly: true });
});
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Rows in a canonical order, so two queries' results compare whatever order they came in. */
const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('level rollups', () => {
	it('agg_status_level and agg_person_level equal the persons rows counted by prefix in JS', async () => {
		for (const asOf of DATES) {
			const persons = await db.all<Record<string, string | null>>(
				`SELECT code, aic003, akc003, alc003, ajc003, amc003, reg_status, hj_local FROM persons WHERE as_of = $as_of::DATE`,
				{ as_of: asOf }
			);
			const status = new Map<string, number>();
			const people = new Map<string, { persons: number; obtained: number; direct: number }>();
			for (const p of persons) {
				for (const level of LEVELS) {
					if ([...p.code!].length < level) continue;
					const code = [...p.code!].slice(0, level).join('');
					const c = people.get(`${level}|${code}`) ?? { persons: 0, obtained: 0, direct: 0 };
					c.persons += 1;
					c.obtained += p.hj_local === '1' ? 1 : 0;
					c.direct += p.reg_status === '11' ? 1 : 0;
					people.set(`${level}|${code}`, c);
					['aic003', 'akc003', 'alc003', 'ajc003', 'amc003'].forEach((column, i) => {
						if (p[column] === null) return; // a blank status is no row of agg_status (UNPIVOT drops NULLs)
						const key = `${level}|${code}|${i + 1}|${p[column]}`;
						status.set(key, (status.get(key) ?? 0) + 1);
					});
				}
			}
			const statusRows = await db.all<{ level_len: number; code: string; insurance: string; status: string; n: number }>(
				`SELECT level_len, code, insurance, status, n FROM agg_status_level WHERE as_of = $as_of::DATE`,
				{ as_of: asOf }
			);
			expect(new Map(statusRows.map((r) => [`${r.level_len}|${r.code}|${r.insurance}|${r.status}`, r.n]))).toEqual(status);
			expect(statusRows.length).toBe(status.size); // one row per key
			const personRows = await db.all<{ level_len: number; code: string; persons: number; obtained: number; direct: number }>(
				`SELECT level_len, code, persons, obtained, direct FROM agg_person_level WHERE as_of = $as_of::DATE AND persons > 0`,
				{ as_of: asOf }
			);
			expect(new Map(personRows.map((r) => [`${r.level_len}|${r.code}`, { persons: r.persons, obtained: r.obtained, direct: r.direct }]))).toEqual(people);
		}
		// the data does have the odd codes (else this test would prove less than it says)
		const odd = await db.all<{ code: string }>(
			`SELECT DISTINCT code FROM persons WHERE code IN ('52', '520102', '5201020', '52010201600100', '５２０１０２０１６', '52x102016') ORDER BY code`
		);
		expect(odd).toHaveLength(6);
	});

	it('the queries reading the rollups return what the per-code queries returned, for regions of every level', async () => {
		const regions = await testRegions();
		expect(regions.map((r) => r.length)).toEqual(expect.arrayContaining(LEVELS));
		for (const region of regions) {
			for (const child_len of [0, region.length, childLength(region)]) {
				const names = { region, child_len };
				expect(await db.query('metrics/region-names', names)).toEqual(await db.all(PER_CODE['region-names'], names));
			}
		}
		for (const asOf of DATES) {
			for (const region of regions) {
				const lengths = [region.length, childLength(region), deeper(region)].filter((l): l is number => l !== null);
				for (const child_len of lengths) {
					const params = { region, as_of: asOf, child_len };
					for (const name of ['status-counts', 'group-counts', 'region-counts', 'data-children'] as const) {
						const now = await db.query(`metrics/${name}`, params);
						const before = await db.all(PER_CODE[name], params);
						expect(sorted(now), `${name} ${region} ${child_len} ${asOf}`).toEqual(sorted(before));
					}
					if (child_len === region.length) continue;
					const byChild = { region, as_of: asOf, len: child_len, insurance: '2' };
					// the one trend query (metrics/coverage-trend.sql) at a child level, one scheme
					const trendRows = await db.query<{ as_of: string; code: string; status: string; n: number }>('metrics/coverage-trend', byChild);
					expect(sorted(trendRows.map(({ as_of, code, status, n }) => ({ as_of, child: code, status, n })))).toEqual(sorted(await db.all(PER_CODE['coverage-trend-by-child'], byChild)));
					const rows = { region, as_of: asOf, len: child_len };
					expect(await db.query('dashboard/region-rows', rows), `region-rows ${region} ${child_len}`).toEqual(await db.all(PER_CODE['region-rows'], rows));
				}
				const trend = { region, as_of: asOf };
				const own = (await db.query<{ as_of: string; insurance: string; status: string; n: number }>('metrics/coverage-trend', { ...trend, len: region.length, insurance: '' }))
					.map(({ as_of, insurance, status, n }) => ({ as_of, insurance, status, n }));
				expect(own).toHaveLength((await db.all(PER_CODE['coverage-trend'], trend)).length);
				expect(sorted(own)).toEqual(sorted(await db.all(PER_CODE['coverage-trend'], trend)));
				expect(await db.query('quality/trend', trend), `quality trend ${region}`).toEqual(await db.all(PER_CODE['quality-trend'], trend));
			}
		}
	});

});

/** Every region code (2, 4, 6, 9, 12 digits) the data has, plus codes with no data at all. */
async function testRegions(): Promise<string[]> {
	const rows = await db.all<{ code: string }>(
		`SELECT DISTINCT left(code, l) AS code FROM agg_person, (VALUES (2), (4), (6), (9), (12)) AS levels(l)
		WHERE regexp_full_match(code, '[0-9]+') AND length(code) >= l AND l IN (2, 4, 6, 9, 12) ORDER BY 1`
	);
	return [...rows.map((r) => r.code), '53', '5299', '520199', '520102999', '520102016999'];
}

/** Two levels below, as league tables and maps ask (null when there is none). */
function deeper(region: string): number | null {
	return LEVELS[LEVELS.indexOf(region.length) + 2] ?? null;
}

/** The queries as they were before the rollups: sums over the per-code aggregates. */
const PER_CODE = {
	'status-counts': `
		SELECT left(code, $child_len) AS child, insurance,
			coalesce(sum(n) FILTER (WHERE status_enrolled(insurance, status)), 0) AS insured_local,
			coalesce(sum(n) FILTER (WHERE status IN ('81', '82')), 0) AS insured_elsewhere,
			coalesce(sum(n) FILTER (WHERE status = '91'), 0) AS uninsured_individual,
			coalesce(sum(n) FILTER (WHERE status = '92'), 0) AS uninsured_unit,
			coalesce(sum(n) FILTER (WHERE status = '94'), 0) AS interrupted,
			coalesce(sum(n) FILTER (WHERE status IN ('93', '95')), 0) AS excluded
		FROM agg_status
		WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
		GROUP BY ALL`,
	'group-counts': `
		SELECT left(code, $child_len) AS child, insurance,
			coalesce(sum(n) FILTER (WHERE grp = 'sme'), 0) AS sme,
			coalesce(sum(n) FILTER (WHERE grp = 'flexible'), 0) AS flexible,
			coalesce(sum(n) FILTER (WHERE grp = 'migrant'), 0) AS migrant,
			coalesce(sum(n) FILTER (WHERE grp = 'mobile'), 0) AS mobile,
			coalesce(sum(n) FILTER (WHERE grp = 'unemployed'), 0) AS unemployed,
			coalesce(sum(n) FILTER (WHERE grp = 'farmer'), 0) AS farmer,
			coalesce(sum(n) FILTER (WHERE grp = 'high_risk'), 0) AS high_risk,
			coalesce(sum(n) FILTER (WHERE grp = 'unit_not_enrolled'), 0) AS unit_not_enrolled
		FROM agg_group
		WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
		GROUP BY ALL`,
	'region-counts': `
		SELECT left(code, $child_len) AS child, coalesce(sum(persons), 0) AS persons,
			coalesce(sum(obtained), 0) AS obtained, coalesce(sum(direct), 0) AS direct,
			coalesce(sum(direct_nonlocal), 0) AS direct_nonlocal,
			coalesce(sum(confirmed_in_province), 0) AS confirmed_in_province,
			coalesce(sum(confirmed_out_province), 0) AS confirmed_out_province,
			coalesce(sum(to_verify), 0) AS to_verify, coalesce(sum(verified), 0) AS verified,
			coalesce(sum(id_invalid), 0) AS id_invalid, coalesce(sum(id_legacy15), 0) AS id_legacy15,
			coalesce(sum(id_birth_mismatch), 0) AS id_birth_mismatch,
			coalesce(sum(id_gender_mismatch), 0) AS id_gender_mismatch,
			coalesce(sum(id_duplicate), 0) AS id_duplicate, coalesce(sum(missing_required), 0) AS missing_required,
			coalesce(sum(invalid_code), 0) AS invalid_code, coalesce(sum(reg_inconsistent), 0) AS reg_inconsistent,
			coalesce(sum(status_conflict), 0) AS status_conflict,
			coalesce(sum(enrolment_unmatched), 0) AS enrolment_unmatched
		FROM agg_person
		WHERE as_of = $as_of::DATE AND starts_with(code, $region) AND length(code) >= $child_len
		GROUP BY 1`,
	'data-children': `
		SELECT DISTINCT left(code, $child_len) AS child FROM (
			SELECT code FROM agg_person WHERE as_of = $as_of::DATE
			UNION ALL SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
			UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
		)
		WHERE starts_with(code, $region) AND length(code) >= $child_len`,
	'region-names': `
		SELECT code, name, level FROM regions
		WHERE code = $region OR (starts_with(code, $region) AND length(code) = $child_len)
		ORDER BY code`,
	'coverage-trend': `
		SELECT strftime(as_of, '%Y-%m-%d') AS as_of, insurance, status, sum(n) AS n
		FROM agg_status
		WHERE as_of <= $as_of::DATE AND starts_with(code, $region)
		GROUP BY ALL
		ORDER BY 1`,
	'coverage-trend-by-child': `
		SELECT strftime(as_of, '%Y-%m-%d') AS as_of, left(code, $len) AS child, status, sum(n) AS n
		FROM agg_status
		WHERE as_of <= $as_of::DATE AND starts_with(code, $region) AND length(code) >= $len AND insurance = $insurance
		GROUP BY ALL
		ORDER BY 1`,
	'quality-trend': `
		SELECT strftime(as_of, '%Y-%m-%d') AS as_of, sum(persons) AS persons,
			sum(id_invalid) AS id_invalid, sum(id_legacy15) AS id_legacy15, sum(id_birth_mismatch) AS id_birth_mismatch,
			sum(id_gender_mismatch) AS id_gender_mismatch, sum(id_duplicate) AS id_duplicate,
			sum(missing_required) AS missing_required, sum(invalid_code) AS invalid_code,
			sum(reg_inconsistent) AS reg_inconsistent, sum(status_conflict) AS status_conflict,
			sum(enrolment_unmatched) AS enrolment_unmatched, coalesce(sum(birth_unreadable), 0) AS birth_unreadable
		FROM agg_person
		WHERE as_of <= $as_of::DATE AND starts_with(code, $region)
		GROUP BY as_of
		ORDER BY as_of`,
	'region-rows': `
		SELECT code, any_value(name) AS name FROM (
			SELECT code, name FROM regions WHERE starts_with(code, $region) AND length(code) = $len
			UNION ALL
			SELECT DISTINCT left(code, $len) AS code, NULL AS name FROM (
				SELECT code FROM agg_person WHERE as_of = $as_of::DATE
				UNION ALL SELECT code FROM agg_duplicate WHERE as_of = $as_of::DATE
				UNION ALL SELECT aab301 FROM population WHERE as_of = $as_of::DATE
			)
			WHERE starts_with(code, $region) AND length(code) >= $len
		)
		GROUP BY code
		ORDER BY code`
};
