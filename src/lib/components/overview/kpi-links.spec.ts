import { describe, expect, it } from 'vitest';
import { kpiHref } from './kpi-links.ts';

describe('kpiHref', () => {
	const current = new URLSearchParams('region=5203&snapshot=2017-06-30&insurance=medical&sort=rate');
	it('leads a rate to its ranking and keeps the view', () => {
		expect(kpiHref('pension.coverage', current)).toBe('/rank?region=5203&snapshot=2017-06-30&insurance=pension&metric=coverage');
		expect(kpiHref('registration_rate', current)).toBe('/rank?region=5203&snapshot=2017-06-30&insurance=medical&metric=registration');
	});
	it('leads 应参未参 to the hotspots and 重复参保 to the duplicates', () => {
		expect(kpiHref('medical.uninsured', current)).toBe('/hotspots?region=5203&snapshot=2017-06-30&insurance=medical');
		expect(kpiHref('medical.duplicate_enrolled', new URLSearchParams())).toBe('/duplicates?insurance=medical');
		expect(kpiHref('other', current)).toBeNull();
	});
});
