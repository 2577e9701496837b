#!/usr/bin/env node
// `npm test`: every unit, integration and browser test. Runs Vitest, builds the app, runs Playwright,
// and ends with one line `N passed, N failed` totalled over both runners (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'data/test-results';
mkdirSync(results, { recursive: true });
const run = (command, args, env = {}) =>
	spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;

rmSync(`${results}/vitest.json`, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`]);
if (existsSync(`${results}/vitest.json`)) {
	const report = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.testResults.some((r) => r.status === 'failed' && r.assertionResults.length === 0) ? 1 : 0);
} else if (vitestStatus !== 0) failed += 1;

const buildStatus = run('npm', ['run', 'build', '--silent']);
if (buildStatus !== 0) failed += 1;
else {
	rmSync(`${results}/playwright.json`, { force: true });
	const e2eStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json` });
	if (existsSync(`${results}/playwright.json`)) {
		const stats = JSON.parse(readFileSync(`${results}/playwright.json`, 'utf8')).stats;
		passed += stats.expected + stats.flaky;
		failed += stats.unexpected;
		if (e2eStatus !== 0 && stats.unexpected === 0) failed += 1; // setup or server failure
	} else if (e2eStatus !== 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
