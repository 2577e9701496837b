-- The plan in force: the latest version saved in /admin/plan (queries/store/plans.sql).
SELECT version, CAST(saved_at AS VARCHAR) AS saved_at, saved_by, preset, plan_json
FROM plan_versions ORDER BY version DESC LIMIT 1;
