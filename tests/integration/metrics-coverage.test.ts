import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { enrolmentsFor, person } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "Coverage": every status class, the denominator, exact gap_to_target, status colour.
describe('coverage per insurance', () => {
	it('counts each status code in its class and leaves 93/95 and unknown codes out of the denominator', async () => {
		const pension = ['11', '12', '13', '14', '15', '81', '82', '91', '92', '94', '93', '95', '16'];
		const persons = pension.map((code) => person({ AIC003: code, AKC003: '95' }));
		const e = await engineOn({ asOf: '2016-12-31', persons, enrolments: persons.flatMap((p) => enrolmentsFor(p)) });
		const m = await e.metrics();
		expect(m['pension.insured_local']).toBe(5);
		expect(m['pension.insured_elsewhere']).toBe(2);
		expect(m['pension.insured']).toBe(7);
		expect(m['pension.uninsured_individual']).toBe(1);
		expect(m['pension.uninsured_unit']).toBe(1);
		expect(m['pension.interrupted']).toBe(1);
		expect(m['pension.uninsured']).toBe(3);
		expect(m['pension.excluded']).toBe(2);
		expect(m['pension.eligible']).toBe(10);
		expect(m['pension.coverage']).toBe(0.7);
		// ceil(0.90 × 10) − 7 = 2
		expect(m['pension.gap_to_target']).toBe(2);
		expect(m['pension.status']).toBe('red');
		// "16" is no pension code: counted in invalid_code and in no coverage figure
		expect(m.invalid_code).toBe(1);
		// medical: everyone 95 → no eligible persons, coverage null, no colour
		expect(m['medical.eligible']).toBe(0);
		expect(m['medical.coverage']).toBeNull();
		expect(m['medical.status']).toBeNull();
		expect(m['medical.gap_to_target']).toBe(0);
	});

	it('uses exact arithmetic at the target: 9 of 10 is green at 90%, 19 of 20 at 95%', async () => {
		const persons = [
			...Array.from({ length: 9 }, () => person({ AIC003: '11', AKC003: '21' })),
			person({ AIC003: '91', AKC003: '21' }),
			...Array.from({ length: 9 }, () => person({ AIC003: '95', AKC003: '21' })),
			person({ AIC003: '95', AKC003: '91' })
		];
		const e = await engineOn({ asOf: '2016-12-31', persons, enrolments: persons.flatMap((p) => enrolmentsFor(p)) });
		const m = await e.metrics();
		expect(m['pension.coverage']).toBe(0.9);
		expect(m['pension.gap_to_target']).toBe(0);
		expect(m['pension.status']).toBe('green');
		// medical: 19 insured of 20, target 0.95 → ceil(19) − 19 = 0, green
		expect(m['medical.eligible']).toBe(20);
		expect(m['medical.gap_to_target']).toBe(0);
		expect(m['medical.status']).toBe('green');
	});

	it('counts a row with a blank AAB301 in the scope region and its ancestors but in no child', async () => {
		// two insured rows in the scope 5201, so the manifest's scope is not contradicted by the rows (issue 14)
		const persons = [person({ AAB301: '', AIC003: '91' }), person({ AAB301: '520328004', AIC003: '91' }), person({ AIC003: '11' }), person({ AIC003: '11' })];
		const e = await engineOn({ asOf: '2016-12-31', scope: '5201', persons, enrolments: [] });
		expect((await e.metrics('52'))['pension.uninsured']).toBe(2);
		expect((await e.metrics('5201'))['pension.uninsured']).toBe(1);
		expect((await e.metrics('520102'))['pension.uninsured']).toBe(0);
		expect((await e.metrics('5203'))['pension.uninsured']).toBe(1);
	});
});
