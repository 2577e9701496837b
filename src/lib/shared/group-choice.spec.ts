import { describe, expect, it } from 'vitest';
import { groupParam, groupsLabel, readGroups, toggleGroup } from './group-choice.ts';

describe('several expansion groups', () => {
	it('reads single and combined URL values in METRICS.md order, dropping unknown keys', () => {
		expect(readGroups('migrant')).toEqual(['migrant']);
		expect(readGroups('migrant,flexible')).toEqual(['flexible', 'migrant']);
		expect(readGroups('bogus,migrant,migrant')).toEqual(['migrant']);
		expect(readGroups(null)).toEqual([]);
		expect(groupParam(['migrant', 'flexible'])).toBe('flexible,migrant');
	});

	it('toggles a card in and out of the choice; the 全部 card clears it', () => {
		expect(toggleGroup([], 'migrant')).toBe('migrant');
		expect(toggleGroup(['migrant'], 'flexible')).toBe('flexible,migrant');
		expect(toggleGroup(['flexible', 'migrant'], 'migrant')).toBe('flexible');
		expect(toggleGroup(['flexible'], '')).toBe('');
	});

	it('labels a union so nobody reads it as an intersection', () => {
		expect(groupsLabel([])).toBe('全部应参未参人员');
		expect(groupsLabel(['migrant'])).toBe('农民工');
		expect(groupsLabel(['flexible', 'migrant'])).toBe('灵活就业人员＋农民工（任一人群，每人计一次）');
	});
});
