import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/**
 * Builds small snapshot folders for tests: rows are plain objects keyed by the docs/spec/SNAPSHOT.md column
 * names, written as CSV (UTF-8, UTF-8 with BOM, GB18030, comma or tab). Ids come from `validId`, whose
 * check digit is computed here independently of the SQL under test.
 */
export type Row = Record<string, string>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function checkChar(first17: string): string {
	const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
	return '10X98765432'[sum % 11];
}

/** A valid 18-digit id: region (6), birth YYYYMMDD, 3-digit sequence (odd = 男). */
export function validId(region: string, birth: string, sequence: string): string {
	const first17 = region + birth + sequence;
	return first17 + checkChar(first17);
}

export const PERSON_COLUMNS = [
	'AAC001', 'AAC003', 'AAC004', 'AAC002', 'AAC006', 'AAC012', 'AAC009', 'AAC010', 'AAE006', 'AAB401', 'AAB402',
	'AAB301', 'AAE005', 'AIC003', 'AKC003', 'ALC003', 'AJC003', 'AMC003', 'AAE011', 'AAE036', 'AAE014', 'AAE015',
	'hj_local', 'reg_status', 'employment', 'AAB001'
];
export const ENROLMENT_COLUMNS = ['AAC002', 'AAC003', 'scheme', 'AAB301', 'status', 'AAB001', 'start_date'];
export const UNIT_COLUMNS = ['AAB301', 'AAB001', 'AAB004', 'AAB019', 'employees', 'industry'];
export const POPULATION_COLUMNS = ['AAB301', 'huji_population'];

let sequence = 100;

/** A complete, valid persons row (a local 1980-born man in 南明区, insured in pension and medical). */
export function person(overrides: Row = {}): Row {
	sequence += 2;
	const birth = overrides.AAC006 && /^\d{8}$/.test(overrides.AAC006) ? overrides.AAC006 : '19800101';
	const base: Row = {
		AAC001: `T${sequence}`,
		AAC003: '测试',
		AAC004: '1',
		AAC002: validId('520102', birth, String(sequence + 1).padStart(3, '0').slice(-3)),
		AAC006: birth,
		AAC012: '24',
		AAC009: '11',
		AAC010: '贵州省贵阳市南明区',
		AAE006: '贵州省贵阳市南明区新华路1号',
		AAB401: '',
		AAB402: '',
		AAB301: '520102016',
		AAE005: '13900000000',
		AIC003: '11',
		AKC003: '21',
		ALC003: '95',
		AJC003: '95',
		AMC003: '95',
		AAE011: '',
		AAE036: '',
		AAE014: '',
		AAE015: '',
		hj_local: '1',
		reg_status: '11',
		employment: '1',
		AAB001: ''
	};
	return { ...base, ...overrides };
}

/** Active enrolments matching a person's enrolled pension/medical statuses, so no status conflict arises. */
export function enrolmentsFor(p: Row, place = '520102016'): Row[] {
	const rows: Row[] = [];
	for (const status of [p.AIC003, p.AKC003, p.ALC003, p.AJC003, p.AMC003]) {
		if (/^(1[1-5]|2[1-7]|30|40|50)$/.test(status)) rows.push(enrolment({ AAC002: p.AAC002, scheme: status, AAB301: place }));
	}
	return rows;
}

export function enrolment(overrides: Row): Row {
	return { AAC002: '', AAC003: '', scheme: '11', AAB301: '520102016', status: '1', AAB001: '', start_date: '20150101', ...overrides };
}

export interface SnapshotSpec {
	asOf: string;
	scope?: string | null;
	persons: Row[];
	enrolments?: Row[];
	units?: Row[];
	population?: Row[];
}

export interface WriteOptions {
	encoding?: 'utf8' | 'utf8-bom' | 'gb18030';
	delimiter?: ',' | '\t';
	/** header names per column, e.g. Chinese names; defaults to the indicator codes */
	headers?: Record<string, string>;
	/** folder name; defaults to the as-of date (a manifest is written when scope is given) */
	folderName?: string;
	manifest?: Record<string, unknown> | null;
}

export function tempDir(prefix = 'canbao-test-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

export function csvText(columns: string[], rows: Row[], delimiter = ',', headers: Record<string, string> = {}): string {
	const quote = (v: string) => (/[",\n\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const lines = [columns.map((c) => quote(headers[c] ?? c)).join(delimiter)];
	for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(delimiter));
	return lines.join('\n') + '\n';
}

export function writeCsv(path: string, text: string, encoding: WriteOptions['encoding'] = 'utf8'): void {
	if (encoding === 'gb18030') writeFileSync(path, iconv.encode(text, 'gb18030'));
	else writeFileSync(path, (encoding === 'utf8-bom' ? '\uFEFF' : '') + text, 'utf8');
}

/** Writes the snapshot into `parent/<folder>` and returns the folder's path. */
export function writeSnapshot(parent: string, spec: SnapshotSpec, options: WriteOptions = {}): string {
	const dir = join(parent, options.folderName ?? spec.asOf);
	mkdirSync(dir, { recursive: true });
	const manifest = options.manifest === undefined ? { as_of: spec.asOf, scope: spec.scope ?? '52' } : options.manifest;
	if (manifest !== null) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
	const d = options.delimiter ?? ',';
	const h = options.headers ?? {};
	writeCsv(join(dir, 'persons.csv'), csvText(PERSON_COLUMNS, spec.persons, d, h), options.encoding);
	writeCsv(join(dir, 'enrolments.csv'), csvText(ENROLMENT_COLUMNS, spec.enrolments ?? [], d, h), options.encoding);
	if (spec.units) writeCsv(join(dir, 'units.csv'), csvText(UNIT_COLUMNS, spec.units, d, h), options.encoding);
	if (spec.population) writeCsv(join(dir, 'population.csv'), csvText(POPULATION_COLUMNS, spec.population, d, h), options.encoding);
	return dir;
}
