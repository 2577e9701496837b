-- A user dismisses an alert (queries/store/alerts.sql); dismissing twice is harmless.
INSERT INTO alert_dismissals (alert_id, username) VALUES ($id, $username) ON CONFLICT DO NOTHING;
