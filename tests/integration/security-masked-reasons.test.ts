import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { engineOn } from './support/engine.ts';
import { enrolmentsFor, person, validId } from './support/snapshot-builder.ts';
import { Database } from '../../src/lib/server/db/database.ts';
import { offendingPage } from '../../src/lib/server/views/quality/offending.ts';
import { codeNames } from '../../src/lib/server/persons/code-names.ts';
import { personsWorkbook } from '../../src/lib/server/persons/persons-xlsx.ts';
import { DATA_QUALITY_RULES } from '../../src/lib/shared/insurances.ts';

// issue 14, finding 1: a masked list shows digits 1–4 and 15–18 of an id; nothing else in the masked
// answer (reasons, notes, the Excel export) may hold digits 5–14, or the id can be rebuilt.
const ids = {
	birthMismatch: validId('520102', '19890411', '505'),
	badCheck: (() => {
		const id = validId('520102', '19750312', '023');
		return id.slice(0, 17) + (id[17] === '5' ? '6' : '5');
	})(),
	badDate: '520102197513120234',
	legacy15bad: '520102801301031',
	gender: validId('520102', '19660823', '046'),
	duplicate: validId('520102', '19920229', '113')
};
const rows = [
	person({ AAC002: ids.birthMismatch, AAC006: '19880426' }),
	person({ AAC002: ids.badCheck, AAC006: '19750312' }),
	person({ AAC002: ids.badDate, AAC006: '19751212' }),
	person({ AAC002: ids.legacy15bad, AAC006: '19801301' }),
	person({ AAC002: ids.gender, AAC006: '19660823', AAC004: '1' }),
	person({ AAC002: ids.duplicate, AAC006: '19920229' }),
	person({ AAC002: ids.duplicate, AAC006: '19920229' })
];

/** The texts of every part of an xlsx file (sheets, shared strings). */
function xlsxText(buffer: Buffer): string {
	return Object.values(unzipSync(new Uint8Array(buffer)))
		.map((bytes) => strFromU8(bytes))
		.join('\n');
}

/** What a masked answer must not contain for one id: its digits 5–14, the birth date in it (both spellings). */
function hidden(id: string): string[] {
	if (id.length === 15) return [id.slice(4, 11), `19${id.slice(6, 12)}`, id.slice(6, 12)];
	const birth = id.slice(6, 14);
	return [id.slice(4, 14), birth, `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`];
}

describe('masked data-quality lists cannot rebuild an id (finding 1)', () => {
	it('no reason, list row or export of a masked role holds a hidden part of any id; full access still names them', async () => {
		const e = await engineOn({ asOf: '2016-12-31', persons: rows, enrolments: rows.flatMap((p) => enrolmentsFor(p)) });
		const db = await Database.open(e.dbPath, { readOnly: true });
		try {
			const names = await codeNames(db);
			let masked = '';
			let full = '';
			let listed = 0;
			for (const rule of DATA_QUALITY_RULES.map((r) => r.key)) {
				const q = { region: '52', asOf: '2016-12-31', rule, limit: 100, offset: 0 };
				const m = await offendingPage(db, q, names, 'masked');
				const f = await offendingPage(db, q, names, 'full');
				expect(m.rows.length).toBe(f.rows.length);
				listed += m.rows.length;
				const book = await personsWorkbook({ title: rule, about: [], columns: m.columns, rows: m.rows });
				masked += JSON.stringify(m) + xlsxText(book);
				full += JSON.stringify(f);
			}
			// every fixture row broke at least one rule: the lists are not empty
			expect(listed).toBeGreaterThanOrEqual(rows.length);
			for (const id of Object.values(ids)) {
				for (const part of hidden(id)) expect(masked, `${id}: ${part}`).not.toContain(part);
				expect(masked).not.toContain(id);
			}
			expect(masked).not.toMatch(/应为 [0-9X]，实为/);
			// the written birth date of the mismatch row is not shown either (it is one typo away from the id's)
			expect(masked).not.toContain('1988-04-26');
			// the full view still says exactly what is wrong
			expect(full).toContain('与公民身份号码中的 1989-04-11 不一致');
			expect(full).toContain('19751312 不是有效日期');
			expect(full).toMatch(/校验位错误：应为 [0-9X]，实为 [0-9X]/);
			expect(masked).toContain('5201**********');
		} finally {
			db.close();
		}
	});
});
