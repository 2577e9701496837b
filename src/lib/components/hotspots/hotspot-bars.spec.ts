import { describe, expect, it } from 'vitest';
import { barsHeight, hotspotBarsOption } from './hotspot-bars.ts';

describe('hotspot bars', () => {
	it('shows at most 15 regions that have a value, in the given order', () => {
		const rows = Array.from({ length: 20 }, (_, i) => ({ label: `R${i}`, value: i === 3 ? null : 100 - i }));
		const option = hotspotBarsOption(rows, 'count') as { yAxis: { data: string[] } };
		expect(option.yAxis.data).toHaveLength(15);
		expect(option.yAxis.data.slice(0, 4)).toEqual(['R0', 'R1', 'R2', 'R4']);
		expect(barsHeight(30)).toBe('384px');
	});
});
