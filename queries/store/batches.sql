-- Lists sent down (扩面任务 batches, docs/spec/METRICS.md "Changes between two snapshots": a dispatched list is
-- followed the same way), data people create: the work store only. A batch is frozen when sent: its
-- ids, each with its receiving region, its placement code and 单位 (AAB001) in the snapshot it was drawn
-- from. `serial` numbers the batches of the store; `number` is the 批次号 shown (e.g. KM2017-0001).
CREATE TABLE IF NOT EXISTS batches (
	serial INTEGER PRIMARY KEY, number VARCHAR UNIQUE NOT NULL, created_at TIMESTAMP NOT NULL,
	sender VARCHAR NOT NULL, sender_name VARCHAR, sender_role VARCHAR NOT NULL,
	region VARCHAR NOT NULL, insurance VARCHAR NOT NULL, split VARCHAR NOT NULL, grp VARCHAR NOT NULL,
	as_of DATE NOT NULL, note VARCHAR NOT NULL, due_date DATE, ids INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_ids (
	serial INTEGER NOT NULL, id VARCHAR NOT NULL, receiver VARCHAR NOT NULL, code VARCHAR NOT NULL, aab001 VARCHAR
);
