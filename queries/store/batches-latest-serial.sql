-- The newest batch's serial (0 with none): part of the key of the daily overdue check (views/alerts/overdue.ts),
-- so a batch sent today is checked at once (docs/spec/METRICS.md "A dispatched list is followed the same way").
SELECT coalesce(max(serial), 0)::INTEGER AS serial FROM batches;
