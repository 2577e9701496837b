import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
	it('keeps paths of this site and drops everything else', () => {
		expect(safeNext('/rank?region=5203&metric=pension.coverage')).toBe('/rank?region=5203&metric=pension.coverage');
		for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/\u0000x', null, 7, '/login?next=/x']) {
			expect(safeNext(bad)).toBe('/');
		}
	});
});
