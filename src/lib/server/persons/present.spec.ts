import { describe, expect, it } from 'vitest';
import { maskRow, withName } from './present.ts';

describe('person rows', () => {
	const row = { aac003: '张小明', aac002: '52010219800708024X', aae005: '13908510002', code: '520102016' };

	it('masks names, ids and phones for masked access', () => {
		expect(maskRow(row, 'masked')).toEqual({
			aac003: '张*明', aac002: '5201**********024X', aae005: '139****0002', code: '520102016'
		});
	});

	it('masks addresses and household numbers too (lists fit for home visits carry them)', () => {
		const visit = { aae006: '贵州省遵义市红花岗区新舟镇乐耕村9组41号', aab402: 'JT52030210800000', aac010: '贵州省遵义市红花岗区' };
		expect(maskRow(visit, 'masked')).toEqual({ aae006: '贵州省遵义市****', aab402: 'JT52********0000', aac010: '贵州省遵义市红花岗区' });
	});

	it('leaves rows as they are for full access', () => {
		expect(maskRow(row, 'full')).toEqual(row);
	});

	it('adds the name of a code when known', () => {
		expect(withName('2', new Map([['2', '女性']]))).toBe('女性');
		expect(withName('7', new Map())).toBe('7');
		expect(withName(null, undefined)).toBe('');
	});
});
