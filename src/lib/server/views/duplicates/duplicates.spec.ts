import { describe, expect, it } from 'vitest';
import { readDuplicateFilter } from './duplicates.ts';

describe('readDuplicateFilter', () => {
	it('accepts pairs, spans and benefit; anything else lists every duplicate', () => {
		expect(readDuplicateFilter(new URLSearchParams('kind=pair&key=11%2B12'))).toEqual({ kind: 'pair', key: '11+12' });
		expect(readDuplicateFilter(new URLSearchParams('kind=span&key=cross_county'))).toEqual({ kind: 'span', key: 'cross_county' });
		expect(readDuplicateFilter(new URLSearchParams('kind=benefit&key=x'))).toEqual({ kind: 'benefit', key: '' });
		expect(readDuplicateFilter(new URLSearchParams("kind=pair&key=1'"))).toEqual({ kind: 'enrolled', key: '' });
		expect(readDuplicateFilter(new URLSearchParams('kind=span&key=mars'))).toEqual({ kind: 'enrolled', key: '' });
	});
});
