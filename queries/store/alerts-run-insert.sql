-- Records that the alerts of a stamp were computed (queries/store/alerts.sql).
INSERT INTO alert_runs (stamp, as_of) VALUES ($stamp, $as_of);
