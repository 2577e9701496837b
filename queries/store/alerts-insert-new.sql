-- One alert added to a run unless the run holds it already (queries/store/alerts.sql): the overdue-batch
-- alerts are checked every day against the latest snapshot's run, and a batch still overdue tomorrow is the
-- same alert, not a new one (so a dismissal holds until the next snapshot changes its open count).
INSERT INTO alerts (stamp, as_of, region, kind, message)
SELECT $stamp, $as_of, $region, $kind, $message
WHERE NOT EXISTS (SELECT 1 FROM alerts WHERE stamp = $stamp AND region = $region AND kind = $kind AND message = $message);
