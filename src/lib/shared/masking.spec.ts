import { describe, expect, it } from 'vitest';
import { maskId, maskName, maskPhone, suppressSmall } from './masking.ts';

describe('masking', () => {
	it('keeps the first four and last four characters of an id', () => {
		expect(maskId('52032819910308096X')).toBe('5203**********096X');
		expect(maskId('520102680616038')).toBe('5201*******6038');
	});
	it('keeps the first and last character of a name', () => {
		expect(maskName('张三明')).toBe('张*明');
		expect(maskName('欧阳小明')).toBe('欧**明');
		expect(maskName('王伟')).toBe('王*');
	});
	it('keeps the first three and last four digits of a phone', () => {
		expect(maskPhone('13812345678')).toBe('138****5678');
	});
	it('suppresses cells of 1–4 persons only for roles without person access', () => {
		expect(suppressSmall(3, false)).toBe('<5');
		expect(suppressSmall(0, false)).toBe(0);
		expect(suppressSmall(5, false)).toBe(5);
		expect(suppressSmall(3, true)).toBe(3);
	});
});
