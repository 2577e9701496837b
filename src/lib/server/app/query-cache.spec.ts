import { afterEach, describe, expect, it } from 'vitest';
import { cacheBytes, cached, cacheSize } from './query-cache.ts';

describe('query cache', () => {
	afterEach(() => delete process.env.CANBAO_CACHE_MB);

	it('computes identical concurrent queries once, and again for a new snapshot stamp', async () => {
		let runs = 0;
		const work = async () => ++runs;
		const [a, b] = await Promise.all([cached('q1', { r: '52' }, 's1', work), cached('q1', { r: '52' }, 's1', work)]);
		expect([a, b, runs]).toEqual([1, 1, 1]);
		expect(await cached('q1', { r: '52' }, 's2', work)).toBe(2);
	});

	it('forgets a failed computation', async () => {
		await expect(cached('q2', {}, 's', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
		await new Promise((r) => setTimeout(r, 0));
		expect(await cached('q2', {}, 's', async () => 'ok')).toBe('ok');
	});

	it('evicts the least recently used results beyond the byte bound', async () => {
		process.env.CANBAO_CACHE_MB = '1'; // 1 MiB ≈ 524,288 UTF-16 characters
		const big = 'x'.repeat(200_000); // ≈ 400 kB each
		for (const k of ['a', 'b', 'c', 'd']) await cached('big', { k }, 's', async () => big);
		await new Promise((r) => setTimeout(r, 0));
		expect(cacheBytes()).toBeLessThanOrEqual(1024 * 1024);
		let recomputed = false;
		await cached('big', { k: 'a' }, 's', async () => ((recomputed = true), big));
		expect(recomputed).toBe(true); // 'a' was the oldest: evicted
		expect(cacheSize()).toBeGreaterThan(0);
	});
});
