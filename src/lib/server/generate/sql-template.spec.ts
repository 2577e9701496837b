import { describe, expect, it } from 'vitest';
import { fillTemplate, renderValue } from './sql-template.ts';

describe('fillTemplate', () => {
	it('splices only checked values', () => {
		expect(fillTemplate('SELECT {{n}} FROM t WHERE c LIKE \'{{scope}}%\'', { n: 3, scope: { code: '52' } })).toBe(
			"SELECT 3 FROM t WHERE c LIKE '52%'"
		);
		expect(fillTemplate("COPY x TO '{{f}}'", { f: { path: "/tmp/o'k.csv" } })).toBe("COPY x TO '/tmp/o''k.csv'");
		expect(renderValue({ raw: 'csv-header' })).toContain('HEADER true');
	});
	it('refuses anything else', () => {
		expect(() => fillTemplate('{{x}}', {})).toThrow();
		expect(() => renderValue(1.5)).toThrow();
		expect(() => renderValue({ code: "52' OR 1=1" })).toThrow();
		expect(() => renderValue({ path: 'a\nb' })).toThrow();
	});
});
