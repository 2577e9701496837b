-- The alerts of the latest run for the regions under $region that $username has not dismissed (queries/store/alerts.sql).
SELECT a.id, a.as_of, a.region, a.kind, a.message
FROM alerts a
WHERE a.stamp = (SELECT stamp FROM alert_runs ORDER BY computed_at DESC, stamp DESC LIMIT 1)
	AND starts_with(a.region, $region)
	AND NOT EXISTS (SELECT 1 FROM alert_dismissals d WHERE d.alert_id = a.id AND d.username = $username)
ORDER BY length(a.region), a.region, a.kind, a.id;
