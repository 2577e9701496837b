#!/usr/bin/env node
// `npm start` (after `prestart` has built the app): on the first run, when data/ has no database,
// generates the demo province, loads every quarter and creates one demo account per role; then
// serves the dashboard with adapter-node (PORT and HOST are honoured as adapter-node does).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.CANBAO_ROOT ??= root;
const db = resolve(process.env.CANBAO_DB ?? 'data/canbao.duckdb');
process.env.CANBAO_DB = db;
const demoList = resolve('data/demo-accounts.json');

function canbao(...args) {
	const result = spawnSync(process.execPath, ['bin/canbao.js', ...args], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`canbao ${args[0]} 失败，启动中止。`);
		process.exit(result.status ?? 1);
	}
}

if (!existsSync(db)) {
	const persons = process.env.CANBAO_DEMO_PERSONS ?? '1000000';
	console.log(`首次启动：未找到数据库 ${db}，正在生成演示省份（${persons} 人，2014–2017 年 13 个季度）…`);
	canbao('generate', '--out', 'data/demo', '--persons', persons);
	canbao('load', 'data/demo', '--db', db);
	canbao('demo-accounts', '--db', db, '--list', demoList);
}

const host = process.env.HOST ?? '0.0.0.0';
const port = process.env.PORT ?? '3000';
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
// adapter-node takes the address users type from ORIGIN (else it assumes https, and sign-in over plain
// http is refused as cross-site): behind HTTPS set ORIGIN=https://… yourself (docs/security.md)
process.env.ORIGIN ??= `http://${shown}:${port}`;
console.log(`\n参保登记监测已启动：http://${shown}:${port}`);
if (existsSync(demoList) && process.env.CANBAO_DEMO !== '0') {
	console.log('演示账号（密码相同）：');
	for (const a of JSON.parse(readFileSync(demoList, 'utf8'))) console.log(`  ${a.label.padEnd(18)} ${a.username.padEnd(12)} 密码 ${a.password}`);
}
await import(resolve('build/index.js'));
