-- Saved plan versions, newest first, for /admin/plan (queries/store/plans.sql).
SELECT version, CAST(saved_at AS VARCHAR) AS saved_at, saved_by, preset
FROM plan_versions ORDER BY version DESC LIMIT 20;
