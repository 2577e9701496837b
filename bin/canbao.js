#!/usr/bin/env node
// Entry point of the `canbao` command: runs the TypeScript CLI through tsx, so `npx canbao`
// works straight after `npm ci` without a build step.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// `npm start` runs generate/load in the background: they must not outlive it (a load killed half-way
// leaves the database untouched; the next start resumes)
const parent = Number(process.env.CANBAO_EXIT_WITH_PARENT);
if (parent > 0) {
	setInterval(() => {
		try {
			process.kill(parent, 0);
		} catch {
			process.exit(1);
		}
	}, 1000).unref();
}

process.env.CANBAO_ROOT ??= resolve(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// a failed command must end even when something still holds the event loop (an open database handle,
// a timer): after output has had a moment to flush, exit with the code (issue 14, finding 4)
if (process.exitCode !== 0) setTimeout(() => process.exit(process.exitCode), 2000).unref();
