import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { enrolmentsFor, person } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "Registration" (情况表 columns 1–8) and the rates.
describe('registration', () => {
	it('computes columns 2–8, registered and both rates by hand', async () => {
		const rows = [
			person({ reg_status: '11' }),
			person({ reg_status: '11' }),
			person({ reg_status: '11', hj_local: '0' }), // column 4
			person({ reg_status: '21' }),
			person({ reg_status: '22' }),
			person({ reg_status: '31' }),
			person({ reg_status: '32' }),
			person({ reg_status: '32', hj_local: '0' }) // counted in 7 and 8, and in reg_inconsistent
		];
		const e = await engineOn({
			asOf: '2016-12-31',
			persons: rows,
			enrolments: rows.flatMap((p) => enrolmentsFor(p)),
			population: [{ AAB301: '520102016', huji_population: '9' }]
		});
		const m = await e.metrics();
		expect(m.huji_population).toBe(9);
		expect(m.obtained).toBe(6);
		expect(m.direct).toBe(3);
		expect(m.direct_nonlocal).toBe(1);
		expect(m.confirmed_in_province).toBe(1);
		expect(m.confirmed_out_province).toBe(1);
		expect(m.to_verify).toBe(3);
		expect(m.verified).toBe(2);
		// 3 − 1 + 1 + 1 + 2 = 6 registered of 6 obtained
		expect(m.registered).toBe(6);
		expect(m.registration_rate).toBe(1);
		expect(m.verification_rate).toBeCloseTo(2 / 3, 12);
		expect(m.reg_inconsistent).toBe(1);
	});

	it('has no 户籍人口数 (null) for a region without population rows, and null rates without a denominator', async () => {
		const e = await engineOn({ asOf: '2016-12-31', persons: [person({ hj_local: '0' })], population: [{ AAB301: '520328004', huji_population: '7' }] });
		const m = await e.metrics('5201');
		expect(m.huji_population).toBeNull();
		expect(m.obtained).toBe(0);
		expect(m.registration_rate).toBeNull();
		expect(m.verification_rate).toBeNull();
		expect((await e.metrics('5203')).huji_population).toBe(7);
	});
});
