import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureDatabase } from '../shared/fixture-database.ts';
import { regionRows } from '../shared/region-rows.ts';
import { regionFigures } from '../shared/region-figures.ts';
import { arrowFor, leagueRows, sortLeague, type LeagueRow } from './league.ts';
import { buildRank } from '../../metrics/rank.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';
import type { Database } from '../../db/database.ts';

let fixture: { db: Database; dispose: () => void };
beforeAll(async () => (fixture = await openFixtureDatabase()));
afterAll(() => fixture?.dispose());

async function league(region: string, length: number, metric: string, asOf?: string) {
	const { rows, snapshot } = await regionRows(fixture.db, region, length, asOf, DEFAULT_PLAN);
	const figures = rows.map((r) => regionFigures(r, 'pension', snapshot.as_of, DEFAULT_PLAN, undefined));
	return leagueRows(rows, figures, metric);
}

describe('leagueRows', () => {
	for (const metric of ['pension.coverage', 'pension.uninsured', 'verification_rate', 'pension.duplicate_enrolled']) {
		it(`ranks children by ${metric} exactly as canbao rank does`, async () => {
			const mine = await league('5201', 6, metric);
			const engine = await buildRank(fixture.db, '5201', metric, undefined, DEFAULT_PLAN);
			const key = (r: { code: string; value: number | null; rank: number | null; movement: number | null }) => [r.code, r.value, r.rank, r.movement];
			expect(sortLeague(mine, 'rank', 'asc').map(key)).toEqual(engine.rows.map(key));
			expect(mine.map((r) => r.previousRank).sort()).toEqual(engine.rows.map((r) => r.previous_rank).sort());
		});
	}

	it('shares ranks on ties and leaves regions without data unranked', async () => {
		const rows = await league('52', 4, 'pension.duplicate_enrolled');
		const ranked = rows.filter((r) => r.rank !== null);
		expect(ranked.map((r) => r.code).sort()).toEqual(['5201', '5203']);
		expect(rows.filter((r) => !r.hasData).every((r) => r.rank === null && r.value === null)).toBe(true);
	});
});

describe('arrowFor', () => {
	it('draws an arrow only beyond the effective gap', () => {
		expect(arrowFor(0.5)).toBeNull();
		expect(arrowFor(-0.5)).toBeNull();
		expect(arrowFor(0.51)).toBe('up');
		expect(arrowFor(-1.3)).toBe('down');
		expect(arrowFor(null)).toBeNull();
		expect(arrowFor(0.8, 1)).toBeNull();
	});
});

describe('sortLeague', () => {
	const row = (code: string, rank: number | null, coverage: number | null): LeagueRow =>
		({ code, label: code, rank, coverage, value: coverage }) as LeagueRow;
	const rows = [row('a', 2, 0.8), row('b', null, null), row('c', 1, 0.9), row('d', 2, 0.8)];
	it('puts missing values last in both directions and breaks ties by rank then code', () => {
		expect(sortLeague(rows, 'coverage', 'desc').map((r) => r.code)).toEqual(['c', 'a', 'd', 'b']);
		expect(sortLeague(rows, 'coverage', 'asc').map((r) => r.code)).toEqual(['a', 'd', 'c', 'b']);
		expect(sortLeague(rows, 'rank', 'asc').map((r) => r.code)).toEqual(['c', 'a', 'd', 'b']);
	});
});
