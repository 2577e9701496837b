import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { enrolment, person, validId } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "Duplicates": active = status 1 or 4; pairs per distinct scheme pair; widest span wins;
// an id is placed by its persons row; 15-digit enrolment ids match 18-digit persons ids.
describe('duplicate enrolment', () => {
	it('counts persons, benefits, pairs and spans by hand', async () => {
		const a = person({ AIC003: '11', AKC003: '95' });
		const b = person({ AIC003: '12', AKC003: '95' });
		const c = person({ AIC003: '11', AKC003: '95' });
		const d = person({ AIC003: '11', AKC003: '95' });
		const f = person({ AIC003: '95', AKC003: '23' });
		const enrolments = [
			// a: 11 + 12 + 12, in two counties of one prefecture: pairs 11+12 and 12+12, cross_county
			enrolment({ AAC002: a.AAC002, scheme: '11', AAB301: '520102' }),
			enrolment({ AAC002: a.AAC002, scheme: '12', AAB301: '520102016' }),
			enrolment({ AAC002: a.AAC002, scheme: '12', AAB301: '520111004' }),
			// b: 12 twice, one in 云南: cross_province; both drawing benefits
			enrolment({ AAC002: b.AAC002, scheme: '12', AAB301: '520102017', status: '4' }),
			enrolment({ AAC002: b.AAC002, scheme: '12', AAB301: '530102001', status: '4' }),
			// c: 11 active + 12 terminated (3) + 12 suspended (2): not a duplicate
			enrolment({ AAC002: c.AAC002, scheme: '11' }),
			enrolment({ AAC002: c.AAC002, scheme: '12', status: '3' }),
			enrolment({ AAC002: c.AAC002, scheme: '12', status: '2' }),
			// d: 11 twice, in 贵阳 and 遵义: cross_prefecture
			enrolment({ AAC002: d.AAC002, scheme: '11', AAB301: '520102' }),
			enrolment({ AAC002: d.AAC002, scheme: '11', AAB301: '520328' }),
			// f: medical 22 + 23 at the same township, one recorded with a blank place
			enrolment({ AAC002: f.AAC002, scheme: '22', AAB301: '520102016' }),
			enrolment({ AAC002: f.AAC002, scheme: '23', AAB301: '' })
		];
		const e = await engineOn({ asOf: '2016-12-31', persons: [a, b, c, d, f], enrolments });
		const m = await e.metrics();
		expect(m['pension.duplicate_enrolled']).toBe(3);
		expect(m['pension.duplicate_benefit']).toBe(1);
		expect(m['pension.duplicate_pairs']).toEqual({ '11+12': 1, '12+12': 2, '11+11': 1 });
		expect(m['pension.duplicate_span']).toEqual({ same_county: 0, cross_county: 1, cross_prefecture: 1, cross_province: 1 });
		expect(m['medical.duplicate_enrolled']).toBe(1);
		expect(m['medical.duplicate_pairs']).toEqual({ '22+23': 1 });
		expect(m['medical.duplicate_span']).toEqual({ same_county: 1, cross_county: 0, cross_prefecture: 0, cross_province: 0 });
		// every person is placed in 520102016 (persons row), whatever the enrolments' places
		expect((await e.metrics('520102016'))['pension.duplicate_enrolled']).toBe(3);
		expect((await e.metrics('5203'))['pension.duplicate_enrolled']).toBe(0);
	});

	it('finds a duplicate of one insurance among active enrolments of others, and none across insurances', async () => {
		// g: pension 11 + medical 22 + medical 23, all active: a medical duplicate only
		const g = person({ AIC003: '11', AKC003: '22' });
		// h: pension 11 + medical 21 + injury 31 + a terminated 12: one active enrolment per insurance, no duplicate
		const h = person({ AIC003: '11', AKC003: '21' });
		const enrolments = [
			enrolment({ AAC002: g.AAC002, scheme: '11' }),
			enrolment({ AAC002: g.AAC002, scheme: '22' }),
			enrolment({ AAC002: g.AAC002, scheme: '23', status: '4' }),
			enrolment({ AAC002: h.AAC002, scheme: '11' }),
			enrolment({ AAC002: h.AAC002, scheme: '21' }),
			enrolment({ AAC002: h.AAC002, scheme: '31' }),
			enrolment({ AAC002: h.AAC002, scheme: '12', status: '3' })
		];
		const e = await engineOn({ asOf: '2016-12-31', persons: [g, h], enrolments });
		const m = await e.metrics();
		expect(m['pension.duplicate_enrolled']).toBe(0);
		expect(m['medical.duplicate_enrolled']).toBe(1);
		expect(m['medical.duplicate_pairs']).toEqual({ '22+23': 1 });
		expect(m['injury.duplicate_enrolled']).toBe(0);
		expect(m.status_conflict).toBe(0);
	});

	it('matches a 15-digit enrolment id to the 18-digit persons id, and a 15-digit persons id to an 18-digit enrolment', async () => {
		const eighteen = validId('520102', '19850618', '041');
		const fifteen = '520102' + '850618' + '041';
		const p1 = person({ AAC002: eighteen, AAC006: '19850618', AIC003: '11', AKC003: '95' });
		const p2 = person({ AAC002: '520102680616038', AAC006: '19680616', AAC004: '2', AIC003: '12', AKC003: '95' });
		const enrolments = [
			enrolment({ AAC002: fifteen, scheme: '11' }),
			enrolment({ AAC002: eighteen, scheme: '12' }),
			enrolment({ AAC002: '520102196806160386', scheme: '12' })
		];
		const e = await engineOn({ asOf: '2016-12-31', persons: [p1, p2], enrolments });
		const m = await e.metrics();
		expect(m['pension.duplicate_enrolled']).toBe(1); // p1: 11 (15-digit) + 12 (18-digit)
		expect(m.status_conflict).toBe(0); // p2's 12 is matched through the converted id
		expect(m.enrolment_unmatched).toBe(0);
		expect(m.id_legacy15).toBe(1);
	});

	it('places an id without a persons row by its lowest enrolment place, so a county-level place counts in no township', async () => {
		const lonely = validId('520328', '19830505', '017');
		const p = person({ AAB301: '520328004', AIC003: '95', AKC003: '95' });
		const enrolments = [
			enrolment({ AAC002: lonely, scheme: '23', AAB301: '520328' }),
			enrolment({ AAC002: lonely, scheme: '23', AAB301: '520328101' })
		];
		const e = await engineOn({ asOf: '2016-12-31', persons: [p], enrolments });
		expect((await e.metrics('520328')).enrolment_unmatched).toBe(1);
		expect((await e.metrics('520328'))['medical.duplicate_enrolled']).toBe(1);
		expect((await e.metrics('520328101')).enrolment_unmatched).toBe(0);
		const report = await e.report('520328');
		const rowSum = report.checks.find((c) => c.rule === '甲栏 total = sum of rows');
		// column 13 of the county counts the person, no township row does: the 本级 row holds it, so rows + 本级 = 合计
		expect(report.rows.every((r) => r.columns['13'] === 0)).toBe(true);
		expect(report.own.columns['13']).toBe(1);
		expect(rowSum?.ok).toBe(true);
	});
});
