import { describe, expect, it } from 'vitest';
import { ancestry, childLength, isRegionCode, levelOf, parentOf } from './region-code.ts';

describe('region codes', () => {
	it('accepts 2, 4, 6, 9 and 12 digits only', () => {
		for (const code of ['52', '5203', '520328', '520328101', '520328101200']) expect(isRegionCode(code)).toBe(true);
		for (const code of ['5', '523', '52032', '5203281', "52' OR 1=1", '']) expect(isRegionCode(code)).toBe(false);
	});
	it('names levels and steps down and up', () => {
		expect(levelOf('520328101')).toBe('township');
		expect(childLength('520328')).toBe(9);
		expect(childLength('520328101200')).toBeNull();
		expect(ancestry('520328101')).toEqual(['52', '5203', '520328', '520328101']);
		expect(parentOf('52')).toBeNull();
		expect(parentOf('520328101200')).toBe('520328101');
	});
});
