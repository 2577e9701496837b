import { describe, expect, it } from 'vitest';
import { cellTitle, figureList } from './change-links.ts';

describe('change links', () => {
	it('opens the cell of a single-cell figure in a child or the 本级 row', () => {
		expect(figureList('520102016', 'lapsed')).toEqual({ cell: 'insured>uninsured', in: '520102016' });
		expect(figureList('own', 'left')).toEqual({ cell: '*>absent', in: 'own' });
		expect(figureList('own', 'unmatched_a')).toBeNull();
	});
	it('titles a cell in Chinese', () => {
		expect(cellTitle('uninsured>insured')).toBe('上期应参未参 → 本期已参保');
		expect(cellTitle('*>absent')).toBe('上期任意 → 本期不在库');
	});
});
