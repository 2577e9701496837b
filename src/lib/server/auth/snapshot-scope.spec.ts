import { describe, expect, it } from 'vitest';
import { coversScope, requireSnapshotScope } from './snapshot-scope.ts';

describe('snapshot scope', () => {
	it('a scope covers itself and the regions below it, never the regions above or beside', () => {
		expect(coversScope({ scope: '52' }, '52')).toBe(true);
		expect(coversScope({ scope: '52' }, '520302')).toBe(true);
		expect(coversScope({ scope: '520302' }, '52')).toBe(false);
		expect(coversScope({ scope: '520302' }, '520303')).toBe(false);
	});
	it('refuses with 403 and names the scopes outside', () => {
		expect(() => requireSnapshotScope({ scope: '520302' }, ['520302', '52'], '删除快照')).toThrow(
			expect.objectContaining({ status: 403, body: { message: '无权删除快照：快照范围 52 超出您的管理范围 520302' } })
		);
		expect(() => requireSnapshotScope({ scope: '52' }, ['52', '5203'], '删除快照')).not.toThrow();
	});
});
