import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatFiles } from './concat-files.ts';

describe('concatFiles', () => {
	it('joins parts in order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'concat-'));
		const parts = ['a,b\n1,2\n', '3,4\n', '', '5,6\n'].map((text, i) => {
			const file = join(dir, `p${i}.csv`);
			writeFileSync(file, text);
			return file;
		});
		await concatFiles(parts, join(dir, 'all.csv'));
		expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toBe('a,b\n1,2\n3,4\n5,6\n');
		rmSync(dir, { recursive: true });
	});
});
