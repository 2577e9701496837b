import { describe, expect, it } from 'vitest';
import { engineOn } from './support/engine.ts';
import { enrolment, enrolmentsFor, person, validId } from './support/snapshot-builder.ts';

// docs/spec/METRICS.md "Data quality": one fixture per rule; every other row is clean.
async function quality(rows: ReturnType<typeof person>[], extraEnrolments: ReturnType<typeof enrolment>[] = []) {
	const e = await engineOn({ asOf: '2016-12-31', persons: rows, enrolments: [...rows.flatMap((p) => enrolmentsFor(p)), ...extraEnrolments] });
	return e.metrics();
}

const RULES = ['id_invalid', 'id_legacy15', 'id_birth_mismatch', 'id_gender_mismatch', 'id_duplicate', 'missing_required', 'invalid_code', 'reg_inconsistent', 'status_conflict', 'enrolment_unmatched'];
const only = (m: Record<string, unknown>, rule: string, n: number) =>
	expect(Object.fromEntries(RULES.map((r) => [r, m[r]]))).toEqual(Object.fromEntries(RULES.map((r) => [r, r === rule ? n : 0])));

describe('data-quality rules', () => {
	it('id_invalid: a bad check digit or a non-date, not a blank', async () => {
		only(await quality([person(), person({ AAC002: '520102197810100450' }), person({ AAC002: '520102196602300463' })]), 'id_invalid', 2);
	});
	it('id_legacy15: a valid 15-digit number', async () => {
		only(await quality([person({ AAC002: '520102800101031', AAC006: '19800101' })]), 'id_legacy15', 1);
	});
	it('id_birth_mismatch: AAC006 a calendar date other than the id’s', async () => {
		only(await quality([person({ AAC002: validId('520102', '19700505', '049'), AAC006: '19700515' }), person({ AAC002: validId('520102', '19700505', '051'), AAC006: '1970-05-05' })]), 'id_birth_mismatch', 1);
	});
	it('id_gender_mismatch: an even sequence digit with AAC004 = 1', async () => {
		only(await quality([person({ AAC002: validId('520102', '19800101', '050'), AAC004: '1' }), person({ AAC002: validId('520102', '19800101', '060'), AAC004: '9' })]), 'id_gender_mismatch', 1);
	});
	it('id_duplicate: every row sharing a normalised id (lower-case x included)', async () => {
		const id = validId('520102', '19950821', '102');
		expect(id.endsWith('X')).toBe(true);
		const m = await quality([person({ AAC002: id, AAC006: '19950821', AAC004: '2' }), person({ AAC002: id.toLowerCase(), AAC006: '19950821', AAC004: '2' })]);
		only(m, 'id_duplicate', 2);
	});
	it('id_duplicate: a 15-digit id matches its 18-digit form, padding is trimmed, blanks never match', async () => {
		const id18 = validId('520102', '19800101', '031');
		const padded = validId('520102', '19851111', '045');
		const m = await quality([
			person({ AAC002: '520102800101031', AAC006: '19800101' }),
			person({ AAC002: id18, AAC006: '19800101' }),
			person({ AAC002: ` ${padded}\t`, AAC006: '19851111' }),
			person({ AAC002: padded, AAC006: '19851111' }),
			person({ AAC002: '' }),
			person({ AAC002: ' ' }),
			person({ AAC002: '52010219800101031' })
		]);
		expect(m.id_duplicate).toBe(4);
		expect(m.id_legacy15).toBe(1);
	});
	it('missing_required: any required value blank, counted once per row', async () => {
		only(await quality([person({ AAC003: '' }), person({ AAE006: ' ', AAC010: '' }), person({ AAE005: '' })]), 'missing_required', 2);
	});
	it('invalid_code: a coded value outside its table (hj_local allows 0 and 1)', async () => {
		only(await quality([person({ AAC012: '99' }), person({ employment: '7' }), person({ AAC012: '27', employment: '3' })]), 'invalid_code', 2);
	});
	it('reg_inconsistent: reg_status 21/22/31/32 on a non-local row', async () => {
		only(await quality([person({ hj_local: '0', reg_status: '31' }), person({ hj_local: '0', reg_status: '11' })]), 'reg_inconsistent', 1);
	});
	it('status_conflict: enrolled without an active enrolment, or 91 with one in the scope', async () => {
		const noEnrolment = person({ AIC003: '12', AKC003: '95' });
		const uninsuredButEnrolled = person({ AIC003: '95', AKC003: '91' });
		const uninsuredEnrolledOutside = person({ AIC003: '95', AKC003: '91' });
		const interruptedSuspended = person({ AIC003: '94', AKC003: '95' });
		const e = await engineOn({
			asOf: '2016-12-31',
			persons: [noEnrolment, uninsuredButEnrolled, uninsuredEnrolledOutside, interruptedSuspended],
			enrolments: [
				enrolment({ AAC002: uninsuredButEnrolled.AAC002, scheme: '22', AAB301: '520328004' }),
				enrolment({ AAC002: uninsuredEnrolledOutside.AAC002, scheme: '22', AAB301: '530102001' }),
				enrolment({ AAC002: interruptedSuspended.AAC002, scheme: '12', status: '2' })
			]
		});
		only(await e.metrics(), 'status_conflict', 2);
	});
	it('enrolment_unmatched: distinct ids of enrolments with no persons row; blank ids ignored', async () => {
		const stranger = validId('520102', '19830505', '017');
		only(
			await quality([person()], [enrolment({ AAC002: stranger, scheme: '23' }), enrolment({ AAC002: stranger, scheme: '11' }), enrolment({ AAC002: '  ', scheme: '11' })]),
			'enrolment_unmatched',
			1
		);
	});
});
