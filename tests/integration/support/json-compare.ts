/**
 * Differences between an actual and an expected JSON value, as the example's README allows: rates
 * within 1e-9; key order, row order (rows matched by code, checks by rule + row) and zero-count keys
 * of duplicate_pairs / duplicate_span / groups do not matter. Returns one line per difference.
 */
export function jsonDifferences(actual: unknown, expected: unknown, path = '$'): string[] {
	if (typeof expected === 'number' && typeof actual === 'number') {
		return Math.abs(actual - expected) <= 1e-9 ? [] : [`${path}: ${actual} ≠ ${expected}`];
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return [`${path}: not an array`];
		if (actual.length !== expected.length) return [`${path}: ${actual.length} items ≠ ${expected.length}`];
		const key = (item: unknown) => {
			const o = item as Record<string, unknown>;
			return o && typeof o === 'object' ? `${o.code ?? ''}|${o.rule ?? ''}|${o.row ?? ''}` : JSON.stringify(item);
		};
		const byKey = new Map(actual.map((a) => [key(a), a]));
		return expected.flatMap((e, i) => (byKey.has(key(e)) ? jsonDifferences(byKey.get(key(e)), e, `${path}[${key(e) || i}]`) : [`${path}: missing ${key(e)}`]));
	}
	if (expected && typeof expected === 'object') {
		if (!actual || typeof actual !== 'object') return [`${path}: not an object`];
		const a = actual as Record<string, unknown>;
		const e = expected as Record<string, unknown>;
		const zeroMap = /(duplicate_pairs|duplicate_span|groups)$/.test(path);
		const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
		return [...keys].flatMap((k) => {
			if (!(k in e)) return zeroMap && a[k] === 0 ? [] : [`${path}.${k}: unexpected key`];
			if (!(k in a)) return zeroMap && e[k] === 0 ? [] : [`${path}.${k}: missing`];
			return jsonDifferences(a[k], e[k], `${path}.${k}`);
		});
	}
	return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
