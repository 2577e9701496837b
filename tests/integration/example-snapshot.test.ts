import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/snapshot-builder.ts';
import { jsonDifferences } from './support/json-compare.ts';

// docs/spec/INTERFACE.md, end to end through the real `canbao` command on the spec's example (a copy kept in
// tests/fixtures/example): load, then metrics / report / rank for region 52 equal expected/*.json.
const EXAMPLE = 'tests/fixtures/example';
const canbao = (...args: string[]) => execFileSync('node', ['bin/canbao.js', ...args], { encoding: 'utf8' });
const expected = (name: string) => JSON.parse(readFileSync(join(EXAMPLE, 'expected', name), 'utf8'));

describe('the example snapshot through the CLI', () => {
	let db: string;
	beforeAll(() => {
		db = join(tempDir(), 'example.duckdb');
		canbao('load', join(EXAMPLE, '2016-12-31'), '--db', db);
	});

	it('metrics --region 52 --json equals expected/metrics-52.json key by key', () => {
		const actual = JSON.parse(canbao('metrics', '--region', '52', '--json', '--db', db));
		expect(jsonDifferences(actual, expected('metrics-52.json'))).toEqual([]);
	});

	it('report --region 52 --json equals expected/report-52.json', () => {
		const actual = JSON.parse(canbao('report', '--json', '--region', '52', '--db', db));
		expect(jsonDifferences(actual, expected('report-52.json'))).toEqual([]);
	});

	it('rank --region 52 --json equals expected/rank-52.json', () => {
		const actual = JSON.parse(canbao('rank', '--region', '52', '--db', db, '--json'));
		expect(jsonDifferences(actual, expected('rank-52.json'))).toEqual([]);
	});

	it('snapshots --json lists the loaded snapshot with its row counts', () => {
		const list = JSON.parse(canbao('snapshots', '--db', db, '--json'));
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ as_of: '2016-12-31', persons: 42, enrolments: 60 });
		expect(list[0].loaded_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});

	it('the comparison itself notices a wrong figure', () => {
		const wrong = structuredClone(expected('metrics-52.json'));
		wrong.metrics['pension.insured'] += 1;
		expect(jsonDifferences(wrong, expected('metrics-52.json'))).toEqual(['$.metrics.pension.insured: 23 ≠ 22']);
	});
});
