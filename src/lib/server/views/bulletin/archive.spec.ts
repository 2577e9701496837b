import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeWorkStore, workStore } from '../../store/work-store.ts';
import { chinaToday, getBulletin, issueBulletin, listBulletins } from './archive.ts';

describe('issued 通报 archive', () => {
	const dir = mkdtempSync(join(tmpdir(), 'canbao-bulletins-'));
	const path = join(dir, 'work.duckdb');
	afterAll(async () => {
		await closeWorkStore(path);
		rmSync(dir, { recursive: true, force: true });
	});
	const input = (region: string, issuedOn: string) => ({
		region, snapshot: '2017-12-31', insurance: 'pension', unit: '贵州省全民参保登记工作领导小组办公室', issuedOn, issuedBy: 'lingdao', title: '通报', payload: { sentences: ['甲'] }
	});

	it('numbers per issuing region and year, from 第1期', async () => {
		const store = await workStore(path);
		const a = await issueBulletin(store, input('52', '2017-12-01'));
		const b = await issueBulletin(store, input('52', '2017-12-20'));
		const c = await issueBulletin(store, input('5203', '2017-12-20'));
		const d = await issueBulletin(store, input('52', '2018-01-05'));
		expect([a.number, b.number, c.number, d.number]).toEqual([1, 2, 1, 1]);
		expect([a.year, d.year]).toEqual([2017, 2018]);
		// two issues at the same moment still get different numbers
		const [e, f] = await Promise.all([issueBulletin(store, input('52', '2018-02-01')), issueBulletin(store, input('52', '2018-02-01'))]);
		expect([e.number, f.number].sort()).toEqual([2, 3]);
	});
	it('keeps the frozen figures and lists a region with the regions under it', async () => {
		const store = await workStore(path);
		const listed = await listBulletins(store, '5203');
		expect(listed.map((b) => [b.region, b.number])).toEqual([['5203', 1]]);
		expect((await listBulletins(store, '52')).length).toBe(6);
		const got = await getBulletin<{ sentences: string[] }>(store, listed[0].id);
		expect(got?.payload.sentences).toEqual(['甲']);
		expect(await getBulletin(store, 9999)).toBeNull();
	});
	it('refuses a blank 发文单位 and dates in China time', async () => {
		await expect(issueBulletin(await workStore(path), { ...input('52', '2018-03-01'), unit: '  ' })).rejects.toThrow('请填写发文单位');
		expect(chinaToday(new Date('2017-12-31T16:30:00Z'))).toBe('2018-01-01');
	});
});
