import { describe, expect, it } from 'vitest';
import { validateGenerateOptions } from './options.ts';
import { parseGenerateArgs } from '../../../cli/commands/generate.ts';

const ok = { out: '/tmp/x', persons: 10_000, seed: 1, scope: '52', format: 'csv' as const };

describe('generate options', () => {
	it('accepts valid options and rejects bad ones with Chinese messages', () => {
		expect(validateGenerateOptions(ok).scope).toBe('52');
		expect(() => validateGenerateOptions({ ...ok, persons: 10.5 })).toThrow(/人数/);
		expect(() => validateGenerateOptions({ ...ok, scope: '5' })).toThrow(/范围/);
		expect(() => validateGenerateOptions({ ...ok, seed: -1 })).toThrow(/种子/);
		expect(() => validateGenerateOptions({ ...ok, to: '2017-12-30' })).toThrow(/季度末/);
	});
	it('parses CLI flags in any order', () => {
		expect(parseGenerateArgs(['--seed', '5', '--out', 'd', '--format', 'parquet', '--persons', '20000', '--scope', '5203'])).toEqual({
			out: 'd', persons: 20000, seed: 5, scope: '5203', format: 'parquet'
		});
		expect(parseGenerateArgs(['--out=d']).persons).toBe(1_000_000);
		expect(() => parseGenerateArgs([])).toThrow(/--out/);
		expect(() => parseGenerateArgs(['--out', 'd', '--persons', '10'])).toThrow(/人数/);
		expect(() => parseGenerateArgs(['--out', 'd', '--format', 'xlsx'])).toThrow(/csv 或 parquet/);
		expect(() => parseGenerateArgs(['--out', 'd', '--bogus', '1'])).toThrow(/未知参数/);
		expect(() => parseGenerateArgs(['--out'])).toThrow(/缺少取值/);
		expect(parseGenerateArgs(['--out', 'd', '--from', '2017-12-31', '--to=2017-12-31'])).toMatchObject({ from: '2017-12-31', to: '2017-12-31' });
		expect(() => parseGenerateArgs(['--out', 'd', '--from', '2017-12-30'])).toThrow(/季度末/);
		expect(() => parseGenerateArgs(['--out', 'd', '--to', '2018-03-31'])).toThrow(/季度末/);
		expect(() => parseGenerateArgs(['--out', 'd', '--from', '2017-12-31', '--to', '2017-09-30'])).toThrow(/不能晚于/);
	});
});
