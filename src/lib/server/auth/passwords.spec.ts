import { describe, expect, it } from 'vitest';
import { hashPassword, verifyNothing, verifyPassword } from './passwords.ts';

describe('passwords', () => {
	it('hashes with scrypt N=2^15 and a random salt, and verifies only the right password', async () => {
		const a = await hashPassword('correct horse');
		const b = await hashPassword('correct horse');
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(a).not.toBe(b);
		expect(a).not.toContain('correct horse');
		expect(await verifyPassword('correct horse', a)).toBe(true);
		expect(await verifyPassword('correct horsE', a)).toBe(false);
		expect(await verifyPassword('', a)).toBe(false);
	});
	it('answers false, never throws, for damaged or hostile hashes', async () => {
		const good = await hashPassword('x'.repeat(10));
		const parts = good.split('$');
		for (const bad of ['', 'plain', 'bcrypt$1$2', [parts[0], String(1 << 24), ...parts.slice(2)].join('$'), [parts[0], '1000', ...parts.slice(2)].join('$'), good.replace(/\$[^$]+$/, '$AAAA')]) {
			expect(await verifyPassword('x'.repeat(10), bad)).toBe(false);
		}
		expect(await verifyPassword('x'.repeat(300), good)).toBe(false);
	});
	it('spends about as long on an unknown user as on a real check', async () => {
		const stored = await hashPassword('abcdefgh');
		await verifyNothing('warm-up');
		let t = performance.now();
		await verifyPassword('wrong-one', stored);
		const real = performance.now() - t;
		t = performance.now();
		expect(await verifyNothing('wrong-one')).toBe(false);
		const dummy = performance.now() - t;
		expect(dummy).toBeGreaterThan(real / 4);
	});
});
