import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../project-root.ts';

const cache = new Map<string, string>();

/** The text of `queries/<name>.sql`, read once per process. */
export function sqlFile(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		text = readFileSync(resolve(projectRoot(), 'queries', `${name}.sql`), 'utf8');
		cache.set(name, text);
	}
	return text;
}
