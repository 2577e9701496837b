#!/usr/bin/env node
// Entry point of the `canbao` command: runs the TypeScript CLI through tsx, so `npx canbao`
// works straight after `npm ci` without a build step.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

process.env.CANBAO_ROOT ??= resolve(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
