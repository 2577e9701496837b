import { describe, expect, it } from 'vitest';
import { maskAddress, maskId, maskName, maskPerson, maskPhone, redactIds, scrubHiddenIdParts, suppressSmall } from './masking.ts';

describe('masking', () => {
	it('keeps the first four and last four characters of an id', () => {
		expect(maskId('52032819910308096X')).toBe('5203**********096X');
		expect(maskId('520102680616038')).toBe('5201*******6038');
		expect(maskId('1234')).toBe('****');
		expect(maskId(null)).toBe('');
	});
	it('keeps the first and last character of a name', () => {
		expect(maskName('张三明')).toBe('张*明');
		expect(maskName('欧阳小明')).toBe('欧**明');
		expect(maskName('王伟')).toBe('王*');
		expect(maskName('𠀋')).toBe('𠀋');
	});
	it('keeps the first three and last four digits of a phone', () => {
		expect(maskPhone('13812345678')).toBe('138****5678');
		expect(maskPhone('12345')).toBe('*****');
	});
	it('keeps the first six characters of an address', () => {
		expect(maskAddress('贵州省遵义市汇川区上海路12号')).toBe('贵州省遵义市****');
		expect(maskAddress('某村')).toBe('某*');
	});
	it('suppresses cells of 1–4 persons only for roles without person access', () => {
		expect(suppressSmall(3, false)).toBe('<5');
		expect(suppressSmall(1, false)).toBe('<5');
		expect(suppressSmall(4, false)).toBe('<5');
		expect(suppressSmall(0, false)).toBe(0);
		expect(suppressSmall(5, false)).toBe(5);
		expect(suppressSmall(3, true)).toBe(3);
	});
	it('masks every id number inside a text, and nothing shorter', () => {
		expect(redactIds('id=52032819910308096X&x=520102680616038')).toBe('id=5203**********096X&x=5201*******6038');
		expect(redactIds('region=520328101001 snapshot=2016-12-31')).toBe('region=520328101001 snapshot=2016-12-31');
		expect(redactIds('a 5203281991030809611 b')).toBe('a 5203281991030809611 b');
	});
	it('masks the person fields of a row for masked access and leaves them for full access', () => {
		const row = { aac002: '52032819910308096X', aac003: '张三明', aae005: '13812345678', aae006: '贵州省遵义市汇川区上海路12号', code: '520303001', n: 3 };
		expect(maskPerson(row, 'masked')).toEqual({
			aac002: '5203**********096X', aac003: '张*明', aae005: '138****5678', aae006: '贵州省遵义市****', code: '520303001', n: 3
		});
		expect(maskPerson(row, 'full')).toBe(row);
		expect(() => maskPerson(row, 'none')).toThrow();
	});
	it('removes from the other texts of a masked row what the id mask hides (digits 5–14, the birth date)', () => {
		const row = { aac002: '52032819910308096X', reason: '出生日期 1991-03-08 / 19910308 / 2819910308', note: '3 条记录' };
		expect(maskPerson(row, 'masked')).toEqual({
			aac002: '5203**********096X', reason: '出生日期 ********** / ******** / **********', note: '3 条记录'
		});
		expect(scrubHiddenIdParts('生于 19800101', ['520102800101031'])).toBe('生于 ********');
		expect(scrubHiddenIdParts('第 2016-12-31 期', ['52032819910308096X'])).toBe('第 2016-12-31 期');
	});
});
