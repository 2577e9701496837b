import { describe, expect, it } from 'vitest';
import { composite, indicatorScore, rankRows, shownComposite } from './scorecard.ts';
import { planIndicators } from './indicators.ts';
import { DEFAULT_PLAN } from '../../plan/plan.ts';

describe('考核 arithmetic, worked by hand', () => {
	it('scores a value against its target, capped at 100 and floored at 0', () => {
		expect(indicatorScore(0.81, 0.9)).toBeCloseTo(90, 10); // 0.81 / 0.9 = 0.9
		expect(indicatorScore(0.95, 0.9)).toBe(100); // above target: full marks, not 105.6
		expect(indicatorScore(-0.05, 0.1)).toBe(0); // 应参未参 grew: no negative score
		expect(indicatorScore(0.05, 0.1)).toBe(50);
		expect(indicatorScore(null, 0.9)).toBeNull();
	});
	it('weights the composite and leaves missing indicators out of both sums', () => {
		// weights 25, 15, 10; scores 80, 60, 100 → (2000 + 900 + 1000) / 50 = 78
		expect(composite([{ score: 80, weight: 25 }, { score: 60, weight: 15 }, { score: 100, weight: 10 }])).toEqual({ composite: 78, covered: 1 });
		// the 60 is missing: (2000 + 1000) / 35 = 85.714…, on 35 of 50 weight
		const missing = composite([{ score: 80, weight: 25 }, { score: null, weight: 15 }, { score: 100, weight: 10 }]);
		expect(missing.composite).toBeCloseTo(3000 / 35, 10);
		expect(missing.covered).toBeCloseTo(0.7, 10);
		// scoring the missing one as 0 would give (2000 + 0 + 1000) / 50 = 60: not what is done
		expect(missing.composite).not.toBeCloseTo(60, 1);
		expect(composite([{ score: null, weight: 25 }, { score: null, weight: 15 }])).toEqual({ composite: null, covered: 0 });
		expect(composite([{ score: 90, weight: 0 }])).toEqual({ composite: null, covered: 0 });
	});
	it('ranks by the composite as shown, ties sharing the better rank, missing unranked', () => {
		const rows = [
			{ code: 'a', composite: 70, rank: null },
			{ code: 'b', composite: 88.04, rank: null }, // shown 88.0
			{ code: 'c', composite: null, rank: null },
			{ code: 'd', composite: 87.96, rank: null }, // shown 88.0: tied with b
			{ code: 'e', composite: 91, rank: null }
		];
		const ranked = rankRows(rows);
		expect(ranked.map((r) => [r.code, r.rank])).toEqual([['e', 1], ['b', 2], ['d', 2], ['a', 4], ['c', null]]);
		expect(shownComposite(87.96)).toBe(88);
	});
	it('takes the default weights (total 100) and the plan targets for coverage', () => {
		const inds = planIndicators(DEFAULT_PLAN);
		expect(inds.reduce((s, i) => s + i.weight, 0)).toBe(100);
		expect(inds.find((i) => i.def.key === 'medical_coverage')!.target).toBe(0.95);
		const custom = planIndicators({ ...DEFAULT_PLAN, scorecard: { indicators: [{ key: 'pension_coverage', weight: 2, target: 0.8 }, { key: 'nonexistent', weight: 5 }] } });
		expect(custom.map((i) => [i.def.key, i.weight, i.target])).toEqual([['pension_coverage', 2, 0.8]]);
	});
});
