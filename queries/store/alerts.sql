-- Alerts (src/lib/server/alerts/): what needs attention after each load, computed once per snapshot
-- stamp (docs/spec/METRICS.md "Progress and ranking" for behind schedule, the 情况表 logic checks, data quality
-- and 应参未参 against the previous snapshot). Every run is kept; dismissals are per user.
CREATE TABLE IF NOT EXISTS alert_runs (
	stamp VARCHAR PRIMARY KEY,
	as_of VARCHAR NOT NULL,
	computed_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE SEQUENCE IF NOT EXISTS alert_id_seq START 1;
CREATE TABLE IF NOT EXISTS alerts (
	id INTEGER PRIMARY KEY DEFAULT nextval('alert_id_seq'),
	stamp VARCHAR NOT NULL,
	as_of VARCHAR NOT NULL,
	region VARCHAR NOT NULL,
	kind VARCHAR NOT NULL,
	message VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS alert_dismissals (
	alert_id INTEGER NOT NULL,
	username VARCHAR NOT NULL,
	dismissed_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	PRIMARY KEY (alert_id, username)
);
