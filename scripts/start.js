#!/usr/bin/env node
// `npm start` (after `prestart` has built the app). On the first run, when data/ has no database, it
// generates the demo province's latest quarter, loads it and creates one demo account per role, then
// serves the dashboard at once; the twelve earlier quarters are generated and loaded in the background
// and appear together when complete (the server switches to the new database file by itself). A
// start that finds the background work unfinished (data/demo-pending.json) resumes it. PORT and HOST
// are honoured as adapter-node does; CANBAO_DATA_DIR moves everything under data/ elsewhere (tests).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.CANBAO_ROOT ??= root;
const dataDir = resolve(process.env.CANBAO_DATA_DIR ?? 'data');
const db = resolve(process.env.CANBAO_DB ?? join(dataDir, 'canbao.duckdb'));
process.env.CANBAO_DB = db;
process.env.CANBAO_USERS ??= join(dataDir, 'users.json');
process.env.CANBAO_AUDIT ??= join(dataDir, 'audit.log');
process.env.CANBAO_UPLOADS ??= join(dataDir, 'uploads');
const demoList = join(dataDir, 'demo-accounts.json');
const demoDir = join(dataDir, 'demo');
const pendingFile = join(dataDir, 'demo-pending.json');
const backgroundLog = join(dataDir, 'demo-background.log');
const LATEST = '2017-12-31';
const BEFORE_LATEST = '2017-09-30';
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);

/** Runs `canbao …`; the child exits by itself if this process dies (CANBAO_EXIT_WITH_PARENT). */
function canbao(args, stdio = 'inherit') {
	return new Promise((resolveRun, reject) => {
		const child = spawn(process.execPath, ['bin/canbao.js', ...args], {
			stdio,
			env: { ...process.env, CANBAO_EXIT_WITH_PARENT: String(process.pid) }
		});
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`canbao ${args[0]} 失败（退出码 ${code}）`))));
	});
}

const firstStart = !existsSync(db);
if (firstStart) {
	const persons = process.env.CANBAO_DEMO_PERSONS ?? '1000000';
	console.log(`首次启动：未找到数据库 ${db}，正在生成演示省份的最新季度（${persons} 人，${LATEST}）…`);
	try {
		await canbao(['generate', '--out', demoDir, '--persons', persons, '--format', 'parquet', '--from', LATEST, '--to', LATEST]);
		await canbao(['load', join(demoDir, LATEST), '--db', db]);
		await canbao(['demo-accounts', '--db', db, '--list', demoList], ['ignore', 'ignore', 'inherit']); // printed below
	} catch (error) {
		console.error(`${error.message}，启动中止。`);
		process.exit(1);
	}
	mkdirSync(dataDir, { recursive: true });
	writeFileSync(pendingFile, JSON.stringify({ persons }) + '\n');
}

const host = process.env.HOST ?? '0.0.0.0';
const port = process.env.PORT ?? '3000';
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
// adapter-node takes the address users type from ORIGIN (else it assumes https, and sign-in over plain
// http is refused as cross-site): behind HTTPS set ORIGIN=https://… yourself (docs/security.md)
process.env.ORIGIN ??= `http://${shown}:${port}`;
// scripts/serve.js: adapter-node's handler with the security headers on every answer, static files too
await (await import(pathToFileURL(resolve('scripts/serve.js')).href)).serve();
const firstRun = firstStart ? `（演示数据准备用时 ${seconds()} 秒）` : '';
console.log(`\n参保登记监测已启动：http://${shown}:${port}${firstRun}`);
if (existsSync(demoList) && process.env.CANBAO_DEMO !== '0') {
	console.log('演示账号（密码相同）：');
	for (const a of JSON.parse(readFileSync(demoList, 'utf8'))) console.log(`  ${a.label.padEnd(18)} ${a.username.padEnd(12)} 密码 ${a.password}`);
}

if (existsSync(pendingFile)) completeDemoInBackground(JSON.parse(readFileSync(pendingFile, 'utf8')).persons);

/** The quarters 2014-12-31 … 2017-09-30 of the demo province, loaded as one batch (all or nothing). */
async function completeDemoInBackground(persons) {
	console.log(`演示省份其余 12 个季度（2014-12-31 至 ${BEFORE_LATEST}）正在后台生成和导入，完成后趋势图即完整；进度见 ${backgroundLog}`);
	const log = openSync(backgroundLog, 'w');
	const stdio = ['ignore', log, log];
	try {
		await canbao(['generate', '--out', demoDir, '--persons', String(persons), '--format', 'parquet', '--to', BEFORE_LATEST], stdio);
		const earlier = readdirSync(demoDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d < LATEST).map((d) => join(demoDir, d));
		await canbao(['load', ...earlier, '--db', db], stdio);
		rmSync(pendingFile, { force: true });
		console.log(`演示省份 13 个季度已全部导入（启动后 ${seconds()} 秒）。`);
	} catch (error) {
		console.error(`后台导入演示数据未完成：${error.message}；详见 ${backgroundLog}，下次 npm start 时继续。`);
	}
}
