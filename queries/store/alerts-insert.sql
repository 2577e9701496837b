-- One alert of a run (queries/store/alerts.sql).
INSERT INTO alerts (stamp, as_of, region, kind, message) VALUES ($stamp, $as_of, $region, $kind, $message);
