-- Whether the alerts of a snapshot stamp were computed already (queries/store/alerts.sql).
SELECT count(*)::INTEGER AS n FROM alert_runs WHERE stamp = $stamp;
