-- The installation's plan as edited by a 管理员 in /admin/plan (docs/spec/SNAPSHOT.md "Plan file"): every saved
-- version is kept; the latest one is the plan in force. Owned by src/lib/server/plan/plan-store.ts.
CREATE SEQUENCE IF NOT EXISTS plan_version_seq START 1;
CREATE TABLE IF NOT EXISTS plan_versions (
	version INTEGER PRIMARY KEY DEFAULT nextval('plan_version_seq'),
	saved_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	saved_by VARCHAR NOT NULL,
	preset VARCHAR,
	plan_json VARCHAR NOT NULL
);
