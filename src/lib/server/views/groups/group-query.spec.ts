import { describe, expect, it } from 'vitest';
import { readGroupView } from './group-query.ts';

describe('readGroupView', () => {
	it('defaults to region × age band over every 应参未参 row', () => {
		expect(readGroupView(new URLSearchParams(''), '52')).toMatchObject({ group: '', rows: 'region', cols: 'age_band', childLength: 4, cubeCovers: true });
	});

	it('keeps only known presets and distinct cuts', () => {
		const v = readGroupView(new URLSearchParams('group=migrant&rows=sex&cols=sex'), '520328');
		expect(v).toMatchObject({ group: 'migrant', rows: 'sex', cols: 'age_band', childLength: 9 });
		expect(readGroupView(new URLSearchParams('group=bogus'), '52').group).toBe('');
		expect(readGroupView(new URLSearchParams('group=migrant,flexible'), '52')).toMatchObject({ group: 'flexible,migrant', groups: ['flexible', 'migrant'] });
	});

	it('cuts a township by its villages (issue 16: down to 村)', () => {
		expect(readGroupView(new URLSearchParams(''), '520328004')).toMatchObject({ childLength: 12, cubeCovers: true });
		expect(readGroupView(new URLSearchParams(''), '520328004001')).toMatchObject({ childLength: 12, cubeCovers: true });
	});
});
