-- One alert by id (queries/store/alerts.sql).
SELECT id, region FROM alerts WHERE id = $id;
