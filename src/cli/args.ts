import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDatabasePath } from '../lib/server/project-root.ts';
import { InputError } from '../lib/server/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommand {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

/** Parses options given in any order; unknown options are refused with a Chinese message. */
export function parseCommand(args: string[], options: Options): ParsedCommand {
	try {
		const parsed = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, ...options }, allowPositionals: true });
		return { values: parsed.values as ParsedCommand['values'], positionals: parsed.positionals };
	} catch (error) {
		throw new InputError(`参数错误：${(error as Error).message}`);
	}
}

export function databasePath(value: unknown): string {
	return typeof value === 'string' ? value : defaultDatabasePath();
}

export function printJson(value: unknown): void {
	process.stdout.write(JSON.stringify(value, null, 1) + '\n');
}
