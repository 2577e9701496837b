import { openForReading } from '/work/wt/visit/src/cli/open-database.ts';
const db = await openForReading(process.argv[2]);
for (const sql of process.argv.slice(3)) { const t = performance.now(); console.log(JSON.stringify(await db.all(sql), (k, v) => typeof v === 'bigint' ? Number(v) : v), (performance.now() - t).toFixed(0) + 'ms'); }
