import { describe, expect, it } from 'vitest';
import { pickFiles, pieces } from './upload-client.ts';

describe('upload client', () => {
	it('cuts a file into pieces under the body limit', () => {
		expect(pieces(0, 10)).toEqual([[0, 0]]);
		expect(pieces(25, 10)).toEqual([[0, 10], [10, 20], [20, 25]]);
		expect(pieces(20, 10)).toEqual([[0, 10], [10, 20]]);
	});

	it('keeps folder paths and skips hidden files', () => {
		const file = (name: string, path: string) => Object.assign(new Blob(['x']), { name, webkitRelativePath: path }) as unknown as File;
		const picked = pickFiles([file('persons.csv', '2016-12-31/persons.csv'), file('.DS_Store', '2016-12-31/.DS_Store'), file('s.zip', '')]);
		expect(picked.map((p) => p.name)).toEqual(['2016-12-31/persons.csv', 's.zip']);
	});
});
