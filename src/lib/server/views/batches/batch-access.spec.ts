import { describe, expect, it } from 'vitest';
import { batchPart, inPart } from './batch-access.ts';

const receivers = ['520102016', '520102017'];

describe('batchPart', () => {
	it('gives the sender level and above the whole batch', () => {
		expect(batchPart('520102', '520102', receivers)).toEqual({ all: true });
		expect(batchPart('52', '520102', receivers)).toEqual({ all: true });
	});
	it('gives a receiving township its part and a village inside it the ids placed there', () => {
		const township = batchPart('520102016', '520102', receivers)!;
		expect(township).toEqual({ all: false, scope: '520102016', receivers: ['520102016'] });
		expect(inPart(township, { receiver: '520102016', code: '520102016001' })).toBe(true);
		expect(inPart(township, { receiver: '520102017', code: '520102017001' })).toBe(false);
		const village = batchPart('520102016001', '520102', receivers)!;
		expect(inPart(village, { receiver: '520102016', code: '520102016001' })).toBe(true);
		expect(inPart(village, { receiver: '520102016', code: '520102016002' })).toBe(false);
	});
	it('refuses a region outside the batch', () => {
		expect(batchPart('520102018', '520102', receivers)).toBeNull();
		expect(batchPart('520103', '520102', receivers)).toBeNull();
		// the 本级 part (received by the batch region itself) is not a township's
		expect(batchPart('520102018', '520102', [...receivers, '520102'])).toBeNull();
	});
});
